import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { staffOnlyValue } from '../../core/auth/staff-only-value.js';
import { BaseEntity } from '../../core/database/base.entity.js';
import { Enterprise } from '../enterprises/enterprise.entity.js';
import { RequestKind, RequestStatus } from './request.enums.js';

/** A request or complaint an enterprise files with the bureau (企业诉求), answered by a deadline. */
@ObjectType({ description: '企业诉求: a request or complaint of an enterprise, with the bureau’s answers.' })
@Entity('enterprise_requests')
@Index(['enterpriseId', 'createdAt'])
@Index(['status', 'createdAt'])
@Index('IDX_enterprise_requests_awaiting_answer', ['responseDueAt'], { where: `"status" = 'OPEN'` })
@Check('request_satisfaction_1_to_5', '"satisfaction" IS NULL OR "satisfaction" BETWEEN 1 AND 5')
export class EnterpriseRequest extends BaseEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  enterpriseId: string;

  @ManyToOne(() => Enterprise, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enterpriseId' })
  enterprise?: Enterprise;

  @Field(() => RequestKind)
  @Column({ type: 'varchar', length: 16 })
  kind: RequestKind;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  subject: string;

  @Field()
  @Column({ type: 'text' })
  body: string;

  @Field(() => RequestStatus)
  @Column({ type: 'varchar', length: 16, default: RequestStatus.OPEN })
  status: RequestStatus;

  @Field(() => ID, {
    nullable: true,
    description: 'Staff only: the staff member answering it.',
    middleware: [staffOnlyValue],
  })
  @Column({ type: 'uuid', nullable: true })
  ownerId: string | null;

  @Field({
    description: 'The next answer is due by then: working days after filing, and again after each reopening.',
  })
  @Column({ type: 'timestamptz' })
  responseDueAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  firstAnsweredAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'The enterprise’s satisfaction, 1–5, once resolved.' })
  @Column({ type: 'int', nullable: true })
  satisfaction: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  satisfactionNote: string | null;

  @Field({ description: 'Demo data, not a real request.' })
  @Column({ type: 'boolean', default: false })
  sample: boolean;

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;
}
