import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-type-json';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { staffOnlyValue } from '../../core/auth/staff-only-value.js';
import { Enterprise } from './enterprise.entity.js';
import { FactSource, ProfileChangeKind } from './enterprise.enums.js';

/** A field's value as the history keeps it (dates as YYYY-MM-DD). */
export type FactValue = string | number | boolean | null;

/** One change of one profile field (who, when, what before, what after): the profile's history. */
@ObjectType({ description: 'A change of one field of an enterprise profile.' })
@Entity('enterprise_profile_changes')
@Index(['enterpriseId', 'at'])
export class EnterpriseProfileChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  enterpriseId: string;

  @ManyToOne(() => Enterprise, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enterpriseId' })
  enterprise?: Enterprise;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Field(() => ID, {
    nullable: true,
    description:
      'User id, null for the system (seed); for staff: others see only their own, else null (see actorName).',
    middleware: [staffOnlyValue],
  })
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Field()
  @Column({ type: 'varchar', length: 32 })
  actorRole: string;

  @Field(() => ProfileChangeKind)
  @Column({ type: 'varchar', length: 16, default: ProfileChangeKind.CHANGE })
  kind: ProfileChangeKind;

  @Field({ description: 'The fact (or contact field) that changed, e.g. `revenue`.' })
  @Column({ type: 'varchar', length: 64 })
  fact: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Null when the fact had not been entered.' })
  @Column({ type: 'jsonb', nullable: true })
  before: FactValue;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Null when the fact was cleared.' })
  @Column({ type: 'jsonb', nullable: true })
  after: FactValue;

  @Field(() => FactSource, { nullable: true, description: 'The source of the value after the change.' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  source: FactSource | null;
}
