import { hostname } from 'node:os';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { toIsoDay } from '#matching';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import { AppError, text } from '../../core/errors/app-error.js';
import { OutboxService } from '../../core/queue/outbox.service.js';
import { EnterprisesService } from '../enterprises/enterprises.service.js';
import { planChunks, type ChunkBounds } from './chunk-plan.js';
import { MatchRunChunk } from './match-run-chunk.entity.js';
import { MatchChunkStatus, MatchRunStatus, MatchRunTrigger } from './match-run.enums.js';
import { MatchRun } from './match-run.entity.js';
import { RUN_CHUNK, RUN_START } from './match-run.job.js';
import { MatchingService } from './matching.service.js';
import { MatchDeadlineNotifier } from './match-deadline-notifier.service.js';
import { MatchNotifier } from './match-notifier.service.js';

export const MATCH_RUN_LABEL = text('匹配任务', 'Match run');

/** Which process finished a chunk (match_run_chunks.finishedBy): host and pid, to trace a worker's share. */
const WORKER_ID = `${hostname()}:${process.pid}`.slice(0, 100);

/** A chunk's job: its attempt (1 unless retried) is recorded with the chunk. */
interface ChunkJob {
  attempt: number;
}

/**
 * Runs that re-match every enterprise: started in a cause's transaction, planned into chunk jobs
 * (keyset ranges of enterprise ids), each chunk counted into `done` or `failed` exactly once.
 */
@Injectable()
export class MatchRunsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly enterprises: EnterprisesService,
    private readonly matching: MatchingService,
    private readonly notifier: MatchNotifier,
    private readonly deadlines: MatchDeadlineNotifier,
  ) {}

  /** A RUNNING run and its `run.start` job, in the caller's transaction. */
  async start(manager: EntityManager, trigger: MatchRunTrigger, policyId: string | null): Promise<MatchRun> {
    const run = manager.create(MatchRun, { trigger, policyId, status: MatchRunStatus.RUNNING });
    await manager.insert(MatchRun, run);
    await this.outbox.enqueue(manager, RUN_START, { runId: run.id });
    return manager.findOneOrFail(MatchRun, { where: { id: run.id } });
  }

  /**
   * The daily job (BullMQ scheduler, or the embedded hourly check): a DAILY run, for policies
   * entering or leaving their window, and the reminders of deadlines within 14 days, in one transaction.
   */
  async daily(manager: EntityManager): Promise<MatchRun> {
    const run = await this.start(manager, MatchRunTrigger.DAILY, null);
    await this.deadlines.notifyClosingSoon(manager, toIsoDay(run.startedAt) as string);
    return run;
  }

  async get(id: string): Promise<MatchRun> {
    const run = await this.dataSource.manager.findOne(MatchRun, { where: { id } });
    if (!run) throw AppError.notFound(MATCH_RUN_LABEL);
    return run;
  }

  /** The latest run of each policy version (Policy.matchRun), null where it has none. */
  async latestOfPolicies(policyIds: readonly string[]): Promise<MatchRun[]> {
    return this.dataSource.manager
      .createQueryBuilder(MatchRun, 'r')
      .distinctOn(['r.policyId'])
      .where('r.policyId IN (:...ids)', { ids: [...policyIds] })
      .orderBy('r.policyId')
      .addOrderBy('r.startedAt', 'DESC')
      .getMany();
  }

  /**
   * Writes the chunks and their jobs in one transaction, under a lock on the run, once: a
   * duplicate `run.start` finds the run planned and does nothing.
   */
  async plan(runId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const run = await manager.findOne(MatchRun, { where: { id: runId }, lock: { mode: 'pessimistic_write' } });
      if (!run || run.planned) return;
      // Enterprises per chunk job (MATCH_CHUNK_SIZE): small enough to retry cheaply, large enough for one upsert to pay.
      const size = this.config.MATCH_CHUNK_SIZE;
      const chunks: ChunkBounds[] = [];
      await this.enterprises.forEachIdPage(manager, size * 10, (ids) => {
        chunks.push(...planChunks(ids, size, chunks.length));
      });
      const total = chunks.reduce((sum, chunk) => sum + chunk.size, 0);
      if (chunks.length)
        await manager.insert(
          MatchRunChunk,
          chunks.map((chunk) => ({ ...chunk, runId })),
        );
      for (const chunk of chunks) {
        const { chunkNo, fromId, toId } = chunk;
        await this.outbox.enqueue(manager, RUN_CHUNK, { runId, chunkNo, fromId, toId });
      }
      const finished = total === 0;
      await manager.update(MatchRun, runId, {
        planned: true,
        total,
        ...(finished ? { status: MatchRunStatus.FINISHED, finishedAt: new Date() } : {}),
      });
    });
  }

  /**
   * Matches one chunk and counts it done, in one transaction. A chunk already DONE or FAILED (a
   * retry after a lost acknowledgement, a duplicate delivery) is skipped.
   */
  async runChunk(runId: string, chunkNo: number, job: ChunkJob): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // Behind a long lock (a migration, a bulk fix) a chunk fails and retries later instead of holding a connection.
      await manager.query(`SELECT set_config('lock_timeout', $1, true)`, [`${this.config.MATCH_LOCK_TIMEOUT_MS}ms`]);
      const chunk = await manager.findOne(MatchRunChunk, { where: { runId, chunkNo } });
      if (!chunk || chunk.status !== MatchChunkStatus.PENDING) return;
      const run = await manager.findOneOrFail(MatchRun, { where: { id: runId } });
      const day = toIsoDay(run.startedAt) as string;
      const written = await this.matching.matchRange(manager, chunk.fromId, chunk.toId, day);
      await this.notifier.notifyEligible(manager, written);
      await this.finishChunk(manager, runId, chunkNo, MatchChunkStatus.DONE, job);
    });
  }

  /** A chunk that failed every attempt: counted into `failed`; the run ends FAILED. */
  async failChunk(runId: string, chunkNo: number, job: ChunkJob): Promise<void> {
    await this.dataSource.transaction((manager) =>
      this.finishChunk(manager, runId, chunkNo, MatchChunkStatus.FAILED, job),
    );
  }

  /**
   * Leaves PENDING exactly once (the WHERE), then moves the run's counter by the chunk's size; the
   * chunk that completes the count ends the run (and tells staff when it ends FAILED: the UPDATE
   * leaves RUNNING once). The run row's lock serialises concurrent chunks.
   */
  private async finishChunk(
    manager: EntityManager,
    runId: string,
    chunkNo: number,
    status: MatchChunkStatus.DONE | MatchChunkStatus.FAILED,
    job: ChunkJob,
  ): Promise<void> {
    const [rows] = (await manager.query(
      `UPDATE match_run_chunks SET status = $3, "finishedAt" = now(), "finishedBy" = $4, attempt = $5
        WHERE "runId" = $1 AND "chunkNo" = $2 AND status = 'PENDING' RETURNING size`,
      [runId, chunkNo, status, WORKER_ID, job.attempt],
    )) as [{ size: number }[], number];
    if (!rows.length) return;
    const counter = status === MatchChunkStatus.DONE ? 'done' : 'failed';
    await manager.query(`UPDATE match_runs SET "${counter}" = "${counter}" + $2 WHERE id = $1`, [runId, rows[0].size]);
    const [ended] = (await manager.query(
      `UPDATE match_runs
          SET status = CASE WHEN failed > 0 THEN 'FAILED' ELSE 'FINISHED' END, "finishedAt" = now()
        WHERE id = $1 AND status = 'RUNNING' AND planned AND done + failed >= total RETURNING id`,
      [runId],
    )) as [{ id: string }[], number];
    if (!ended.length) return;
    const run = await manager.findOneOrFail(MatchRun, { where: { id: runId } });
    if (run.status === MatchRunStatus.FAILED) await this.notifier.notifyRunFailed(manager, run);
  }
}
