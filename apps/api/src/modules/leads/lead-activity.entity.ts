import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ActivityKind } from './lead.enums.js';
import { Lead } from './lead.entity.js';

/** A call, visit, meeting… logged on a lead (走访记录). */
@ObjectType({ description: 'An activity logged on a lead.' })
@Entity('lead_activities')
@Index(['leadId', 'occurredAt'])
export class LeadActivity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  leadId: string;

  @ManyToOne(() => Lead, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'leadId' })
  lead?: Lead;

  @Field(() => ActivityKind)
  @Column({ type: 'varchar', length: 16 })
  kind: ActivityKind;

  @Field()
  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Field()
  @Column({ type: 'text' })
  summary: string;

  @Field(() => [String], { description: 'Who took part (names).' })
  @Column({ type: 'varchar', array: true, default: '{}' })
  participants: string[];

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: when to follow up.' })
  @Column({ type: 'date', nullable: true })
  followUpOn: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Field()
  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
