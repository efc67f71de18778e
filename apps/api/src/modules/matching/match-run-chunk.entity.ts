import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MatchChunkStatus } from './match-run.enums.js';
import { MatchRun } from './match-run.entity.js';

/**
 * One chunk of a run: the enterprises with ids in fromId..toId (inclusive) when it was planned.
 * Its status leaves PENDING exactly once, so a retried or duplicated job never counts twice.
 */
@Entity('match_run_chunks')
export class MatchRunChunk {
  @PrimaryColumn({ type: 'uuid' })
  runId: string;

  @PrimaryColumn({ type: 'int' })
  chunkNo: number;

  @ManyToOne(() => MatchRun, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'runId' })
  run?: MatchRun;

  @Column({ type: 'uuid' })
  fromId: string;

  @Column({ type: 'uuid' })
  toId: string;

  /** Enterprises in the range when planned: what the run's counters move by. */
  @Column({ type: 'int' })
  size: number;

  @Column({ type: 'varchar', length: 16, default: MatchChunkStatus.PENDING })
  status: MatchChunkStatus;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  /** The worker process (host:pid) that counted it: which machine did what, after a crash or a retry. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  finishedBy: string | null;

  /** The job attempt that counted it (1 = first try; a stalled job taken over keeps its attempt). */
  @Column({ type: 'int', nullable: true })
  attempt: number | null;
}
