import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity.js';
import { numericTransformer } from '../../core/database/numeric.transformer.js';
import { Enterprise } from '../enterprises/enterprise.entity.js';
import { Park } from '../parks/park.entity.js';
import { DisposalRoute, LandPlotStatus } from './land-plot.enums.js';

/**
 * A plot of land in a park and where it stands in the disposal of idle land (腾笼换鸟): its area in
 * 亩, its holder (an enterprise on the platform, or a name), its status and disposal route, and the
 * dates of each step. Staff only: enterprises never see plots.
 */
@ObjectType({ description: 'A land plot in a park (地块), tracked through the disposal of idle land. Staff only.' })
@Entity('land_plots')
@Index(['createdAt', 'id'])
@Index(['parkId', 'createdAt', 'id'])
@Index(['status', 'createdAt', 'id'])
@Index(['disposalRoute', 'createdAt', 'id'])
@Index(['code'], { unique: true })
@Check('land_plot_area_positive', '"areaMu" > 0')
@Check(
  'land_plot_location',
  '("lng" IS NULL AND "lat" IS NULL) OR ("lng" BETWEEN 73 AND 135 AND "lat" BETWEEN 18 AND 54)',
)
export class LandPlot extends BaseEntity {
  @Field({ description: 'The plot number (地块编号), unique.' })
  @Column({ type: 'varchar', length: 64 })
  code: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  parkId: string;

  @ManyToOne(() => Park, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parkId' })
  park?: Park;

  @Field(() => Float, { description: 'Area in mu (亩).' })
  @Column({ type: 'numeric', transformer: numericTransformer })
  areaMu: number;

  @Field(() => ID, { nullable: true, description: 'The holder when it is an enterprise on the platform.' })
  @Column({ type: 'uuid', nullable: true })
  holderEnterpriseId: string | null;

  @ManyToOne(() => Enterprise, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'holderEnterpriseId' })
  holderEnterprise?: Enterprise;

  @Field(() => String, { nullable: true, description: 'The holder’s name when it is not on the platform.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  holderName: string | null;

  @Field(() => LandPlotStatus)
  @Column({ type: 'varchar', length: 16 })
  status: LandPlotStatus;

  @Field(() => DisposalRoute, { nullable: true, description: '整合, 收储 or 腾院上楼; required to start a recovery.' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  disposalRoute: DisposalRoute | null;

  @Field(() => String, { nullable: true, description: 'Idle since (YYYY-MM-DD).' })
  @Column({ type: 'date', nullable: true })
  idleSince: string | null;

  @Field(() => String, { nullable: true, description: 'Recovery started on (YYYY-MM-DD).' })
  @Column({ type: 'date', nullable: true })
  recoveryStartedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Recovered on (YYYY-MM-DD).' })
  @Column({ type: 'date', nullable: true })
  recoveredOn: string | null;

  @Field(() => String, { nullable: true, description: 'Reassigned on (YYYY-MM-DD).' })
  @Column({ type: 'date', nullable: true })
  reassignedOn: string | null;

  /**
   * Where the plot lies (WGS-84), both or neither, in China's range like a park's coordinates; the
   * map draws the plot there, or at its park's point when it has none. Read as `location`.
   */
  @Column({ type: 'double precision', nullable: true })
  lng: number | null;

  @Column({ type: 'double precision', nullable: true })
  lat: number | null;

  @Field({ description: 'Demo data (示例), not a real plot.' })
  @Column({ type: 'boolean', default: false })
  sample: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;
}
