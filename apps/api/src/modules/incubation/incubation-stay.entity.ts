import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { staffOnlyValue } from '../../core/auth/staff-only-value.js';
import { BaseEntity } from '../../core/database/base.entity.js';
import { numericTransformer } from '../../core/database/numeric.transformer.js';
import { Enterprise } from '../enterprises/enterprise.entity.js';
import { Park } from '../parks/park.entity.js';
import { StayStatus } from './incubation.enums.js';

/**
 * An enterprise's stay in an incubation carrier (众创空间, 孵化器, 加速器, or an offshore incubator):
 * the seats or floor space it uses, when it entered, and when it graduated (毕业) or left. A
 * graduation in the district prepares a placement application to the next rung; an offshore
 * incubator's graduate becomes a lead.
 */
@ObjectType({ description: 'A stay of an enterprise in an incubation carrier (在孵记录).' })
@Entity('incubation_stays')
@Index(['parkId', 'createdAt', 'id'])
@Index(['enterpriseId', 'createdAt', 'id'])
@Index(['createdAt', 'id'])
@Index('incubation_stay_one_open_per_enterprise', ['enterpriseId'], {
  unique: true,
  where: `"status" = 'IN_RESIDENCE' AND "enterpriseId" IS NOT NULL`,
})
@Check('incubation_stay_floor_positive', '"floorSqm" IS NULL OR "floorSqm" > 0')
@Check('incubation_stay_seats_positive', '"seats" IS NULL OR "seats" > 0')
@Check('incubation_stay_ended_after_entry', '"endedOn" IS NULL OR "endedOn" >= "enteredOn"')
export class IncubationStay extends BaseEntity {
  @Field(() => ID, { description: 'The carrier.' })
  @Column({ type: 'uuid' })
  parkId: string;

  @ManyToOne(() => Park, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parkId' })
  parkRow?: Park;

  @Field(() => ID, { nullable: true, description: 'The enterprise, when it is on the platform.' })
  @Column({ type: 'uuid', nullable: true })
  enterpriseId: string | null;

  @ManyToOne(() => Enterprise, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enterpriseId' })
  enterpriseRow?: Enterprise;

  @Field({ description: 'The company’s name (the enterprise’s on entry, or as given for an offshore tenant).' })
  @Column({ type: 'varchar', length: 200 })
  companyName: string;

  @Field(() => String, { nullable: true, description: '统一社会信用代码, where known.' })
  @Column({ type: 'varchar', length: 18, nullable: true })
  uscc: string | null;

  @Field(() => String, { nullable: true, description: 'Industry code, where known.' })
  @Column({ type: 'varchar', length: 64, nullable: true })
  industryCode: string | null;

  @Field(() => Int, { nullable: true, description: 'Seats (工位) used.' })
  @Column({ type: 'int', nullable: true })
  seats: number | null;

  @Field(() => Float, { nullable: true, description: 'Floor space used, m².' })
  @Column({ type: 'numeric', nullable: true, transformer: numericTransformer })
  floorSqm: number | null;

  @Field({ description: 'Entered on (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  enteredOn: string;

  @Field(() => String, { nullable: true, description: 'Graduated or left on (YYYY-MM-DD).' })
  @Column({ type: 'date', nullable: true })
  endedOn: string | null;

  @Field(() => StayStatus)
  @Column({ type: 'varchar', length: 16, default: StayStatus.IN_RESIDENCE })
  status: StayStatus;

  @Field(() => ID, { nullable: true, description: 'The next rung the graduate was placed towards.' })
  @Column({ type: 'uuid', nullable: true })
  nextParkId: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The placement application to the next rung prepared on graduation (a draft the enterprise submits).',
  })
  @Column({ type: 'uuid', nullable: true })
  applicationId: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The lead an offshore incubator’s graduate became. Staff only (null otherwise).',
    middleware: [staffOnlyValue],
  })
  @Column({ type: 'uuid', nullable: true })
  leadId: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The bureau’s note on the stay. Staff only (null for an enterprise).',
    middleware: [staffOnlyValue],
  })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;
}
