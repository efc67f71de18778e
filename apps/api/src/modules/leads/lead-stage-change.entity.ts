import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LeadStage } from './lead.enums.js';
import { Lead } from './lead.entity.js';

/** One move of a lead through the pipeline, with who and when. */
@ObjectType({ description: 'A stage change of a lead.' })
@Entity('lead_stage_changes')
@Index(['leadId', 'at'])
export class LeadStageChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  leadId: string;

  @ManyToOne(() => Lead, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'leadId' })
  lead?: Lead;

  @Field(() => LeadStage, { nullable: true, description: 'Null when the lead was created.' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  from: LeadStage | null;

  @Field(() => LeadStage)
  @Column({ type: 'varchar', length: 16 })
  to: LeadStage;

  /** clock_timestamp(): two changes in one transaction still come in order. */
  @Field()
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  at: Date;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;
}
