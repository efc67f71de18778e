import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { staffOnlyValue } from '../../core/auth/staff-only-value.js';
import { BaseEntity } from '../../core/database/base.entity.js';
import { numericTransformer } from '../../core/database/numeric.transformer.js';
import { Enterprise } from '../enterprises/enterprise.entity.js';
import { Park } from '../parks/park.entity.js';
import { PollutionCategory } from '../parks/park.enums.js';
import { ApplicationKind, ApplicationStatus } from './application.enums.js';

const amount = { type: 'numeric', nullable: true, transformer: numericTransformer } as const;

/**
 * An enterprise's application for placement (入驻申请): land, a factory, offices or an incubator
 * seat, in a park it may prefer. Staff review and decide; approval reserves the space in the park
 * (`reservedLandMu` / `reservedFloorSqm` record exactly what was taken).
 */
@ObjectType({ description: '入驻申请: an application for land, floor space or an incubator seat in a park.' })
@Entity('placement_applications')
@Index(['enterpriseId', 'createdAt'])
@Index(['status', 'createdAt'])
@Check(
  'application_amounts_not_negative',
  [
    '("landMu" IS NULL OR "landMu" >= 0)',
    '("floorSqm" IS NULL OR "floorSqm" >= 0)',
    '"reservedLandMu" >= 0',
    '"reservedFloorSqm" >= 0',
  ].join(' AND '),
)
export class PlacementApplication extends BaseEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  enterpriseId: string;

  @ManyToOne(() => Enterprise, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enterpriseId' })
  enterpriseRow?: Enterprise;

  @Field(() => ApplicationKind)
  @Column({ type: 'varchar', length: 16 })
  kind: ApplicationKind;

  @Field(() => Float, { nullable: true, description: 'Land needed, mu (亩).' })
  @Column(amount)
  landMu: number | null;

  @Field(() => Float, { nullable: true, description: 'Floor space needed, m².' })
  @Column(amount)
  floorSqm: number | null;

  @Field(() => [ID], { description: 'Parks the enterprise prefers, in order.' })
  @Column({ type: 'uuid', array: true, default: '{}' })
  preferredParkIds: string[];

  @Field({ description: 'Project summary.' })
  @Column({ type: 'text', default: '' })
  summary: string;

  @Field(() => Float, { nullable: true, description: 'Planned investment, yuan.' })
  @Column(amount)
  plannedInvestment: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  jobs: number | null;

  @Field(() => Float, { nullable: true, description: 'Expected annual tax, yuan.' })
  @Column(amount)
  expectedAnnualTax: number | null;

  @Field(() => Float, { nullable: true, description: "The project's energy use, tonnes of coal equivalent a year." })
  @Column(amount)
  energyTce: number | null;

  @Field(() => PollutionCategory, { nullable: true })
  @Column({ type: 'varchar', length: 8, nullable: true })
  pollutionCategory: PollutionCategory | null;

  @Field(() => [String], {
    description: 'Infrastructure the project needs (POWER_DUAL_SUPPLY, GAS, STEAM, WASTEWATER, …; see parks).',
  })
  @Column({ type: 'text', array: true, default: '{}' })
  infrastructureNeeds: string[];

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  desiredMoveIn: string | null;

  @Field(() => ApplicationStatus)
  @Column({ type: 'varchar', length: 16, default: ApplicationStatus.DRAFT })
  status: ApplicationStatus;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The park allocated on approval.' })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  parkId: string | null;

  @ManyToOne(() => Park, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parkId' })
  parkRow?: Park | null;

  @Field(() => Float, { description: 'Land taken from the park on approval, mu (0 before).' })
  @Column({ type: 'numeric', default: 0, transformer: numericTransformer })
  reservedLandMu: number;

  @Field(() => Float, { description: 'Floor space taken from the park on approval, m² (0 before).' })
  @Column({ type: 'numeric', default: 0, transformer: numericTransformer })
  reservedFloorSqm: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  decisionReason: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Field(() => ID, {
    nullable: true,
    description: 'User id, for staff; others see only their own, else null (see decidedByName).',
    middleware: [staffOnlyValue],
  })
  @Column({ type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;
}
