import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { numericTransformer } from '../../core/database/numeric.transformer.js';
import { DisposalRoute, LandPlotStatus } from './land-plot.enums.js';
import { LandPlot } from './land-plot.entity.js';

/**
 * One step of a plot's history: its status, area and park from a date on. The idle area of a park
 * at any date is read from these rows (the last step of each plot on or before the date).
 */
@ObjectType({ description: 'A step in a land plot’s history: its status and area from a date on.' })
@Entity('land_plot_changes')
@Index(['plotId', 'effectiveOn', 'seq'])
@Index(['parkId', 'effectiveOn'])
export class LandPlotChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  plotId: string;

  @ManyToOne(() => LandPlot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plotId' })
  plot?: LandPlot;

  /** Order of writing: two steps on one date keep their order. */
  @Column({ type: 'bigint', generated: 'increment' })
  seq: string;

  @Column({ type: 'uuid' })
  parkId: string;

  @Field(() => LandPlotStatus, { nullable: true })
  @Column({ type: 'varchar', length: 16, nullable: true })
  fromStatus: LandPlotStatus | null;

  @Field(() => LandPlotStatus)
  @Column({ type: 'varchar', length: 16 })
  toStatus: LandPlotStatus;

  @Field(() => Float, { description: 'The plot’s area (亩) from then on.' })
  @Column({ type: 'numeric', transformer: numericTransformer })
  areaMu: number;

  @Field(() => DisposalRoute, { nullable: true })
  @Column({ type: 'varchar', length: 16, nullable: true })
  disposalRoute: DisposalRoute | null;

  @Field({ description: 'The date it took effect (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  effectiveOn: string;

  @Field()
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  at: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;
}
