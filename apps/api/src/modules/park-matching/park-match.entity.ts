import type { ConstraintResult, ScoreComponent } from '#matching';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { numericTransformer } from '../../core/database/numeric.transformer.js';
import { PlacementApplication } from '../applications/placement-application.entity.js';
import { Park } from '../parks/park.entity.js';

/**
 * One park ranked for one open application, upserted by the match-parks job on (application,
 * park). The engine version and a hash of the input are stored, so a re-run with unchanged input
 * writes nothing. Texts are stored in both languages (a few hundred bytes) and picked on read.
 */
@Entity('park_matches')
export class ParkMatchRow {
  @PrimaryColumn({ type: 'uuid' })
  applicationId: string;

  @PrimaryColumn({ type: 'uuid' })
  parkId: string;

  @ManyToOne(() => PlacementApplication, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'applicationId' })
  application?: PlacementApplication;

  @ManyToOne(() => Park, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parkId' })
  park?: Park;

  @Column({ type: 'boolean' })
  suitable: boolean;

  @Column({ type: 'numeric', transformer: numericTransformer })
  score: number;

  @Column({ type: 'jsonb' })
  components: ScoreComponent[];

  @Column({ type: 'jsonb' })
  failures: ConstraintResult[];

  @Column({ type: 'jsonb' })
  unknowns: ConstraintResult[];

  @Column({ type: 'varchar', length: 32 })
  engineVersion: string;

  @Column({ type: 'varchar', length: 64 })
  factsHash: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
