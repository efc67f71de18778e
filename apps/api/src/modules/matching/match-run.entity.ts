import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { MatchRunStatus, MatchRunTrigger } from './match-run.enums.js';

/**
 * A re-match of every enterprise, split into chunk jobs (match_run_chunks). `total`, `done` and
 * `failed` count enterprises, so the progress bar moves evenly whatever the chunk size.
 */
@ObjectType('MatchRun', { description: 'Progress of a background re-matching run of every enterprise.' })
@Entity('match_runs')
@Index('IDX_match_runs_policy_started', ['policyId', 'startedAt'])
@Check('match_run_counts_not_negative', '"total" >= 0 AND "done" >= 0 AND "failed" >= 0')
export class MatchRun {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => MatchRunStatus, { description: 'RUNNING, then FINISHED or FAILED.' })
  @Column({ type: 'varchar', length: 16, default: MatchRunStatus.RUNNING })
  status: MatchRunStatus;

  @Field(() => MatchRunTrigger)
  @Column({ type: 'varchar', length: 32 })
  trigger: MatchRunTrigger;

  @Field(() => ID, { nullable: true, description: 'The policy version whose publication or retirement started it.' })
  @Column({ type: 'uuid', nullable: true })
  policyId: string | null;

  @Field(() => Int, { description: 'Enterprises to match; 0 until the run is planned.' })
  @Column({ type: 'int', default: 0 })
  total: number;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  done: number;

  @Field(() => Int, { description: 'Enterprises whose chunk failed every attempt.' })
  @Column({ type: 'int', default: 0 })
  failed: number;

  @Field({ description: 'Matches are evaluated as of this day (China time).' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  startedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  /** Set once the chunks are written, so a duplicate `run.start` plans nothing twice. */
  @Column({ type: 'boolean', default: false })
  planned: boolean;
}
