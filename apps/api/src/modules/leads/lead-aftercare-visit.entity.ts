import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity.js';
import { Lead } from './lead.entity.js';

export enum AftercareVisitStatus {
  PLANNED = 'PLANNED',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

registerEnumType(AftercareVisitStatus, {
  name: 'AftercareVisitStatus',
  description: 'PLANNED 待走访 · DONE 已走访 · CANCELLED 已取消',
});

/**
 * A scheduled aftercare visit (落地服务走访) to an operating project. At most one is PLANNED per lead
 * (the next one): the first is scheduled by a job when the lead reaches OPERATING, completing one
 * schedules the next. A PLANNED visit past its due date is overdue for the lead's owner.
 */
@ObjectType({ description: 'An aftercare visit (落地服务走访) to an operating project.' })
@Entity('lead_aftercare_visits')
@Index(['leadId', 'dueOn'])
// One next visit per lead (the job's insert relies on it to stay idempotent).
@Index('UQ_lead_aftercare_visits_planned', ['leadId'], { unique: true, where: `"status" = 'PLANNED'` })
// Overdue visits: planned ones by due date.
@Index('IDX_lead_aftercare_visits_due', ['dueOn'], { where: `"status" = 'PLANNED'` })
export class LeadAftercareVisit extends BaseEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  leadId: string;

  @ManyToOne(() => Lead, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'leadId' })
  lead?: Lead;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ type: 'date' })
  dueOn: string;

  @Field(() => AftercareVisitStatus)
  @Column({ type: 'varchar', length: 16, default: AftercareVisitStatus.PLANNED })
  status: AftercareVisitStatus;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, once done.' })
  @Column({ type: 'date', nullable: true })
  doneOn: string | null;

  @Field(() => String, { nullable: true, description: 'What the visit found (done), or why it was cancelled.' })
  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Field(() => ID, { nullable: true, description: 'The staff member who is to make the visit.' })
  @Column({ type: 'uuid', nullable: true })
  assigneeId: string | null;

  @Field(() => ID, { nullable: true, description: 'Who completed or cancelled it.' })
  @Column({ type: 'uuid', nullable: true })
  closedById: string | null;

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;
}
