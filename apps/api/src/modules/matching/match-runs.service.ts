import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { toIsoDay } from '#matching';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, text } from '../../core/errors/app-error.js';
import { OutboxService } from '../../core/queue/outbox.service.js';
import { EnterprisesService } from '../enterprises/enterprises.service.js';
import { planChunks, type ChunkBounds } from './chunk-plan.js';
import { MatchRunChunk } from './match-run-chunk.entity.js';
import { MatchChunkStatus, MatchRunStatus, MatchRunTrigger } from './match-run.enums.js';
import { MatchRun } from './match-run.entity.js';
import { RUN_CHUNK, RUN_START } from './match-run.job.js';
import { MatchingService } from './matching.service.js';
import { MatchNotifier } from './match-notifier.service.js';

export const MATCH_RUN_LABEL = text('匹配任务', 'Match run');

/** Enterprises per chunk job: small enough to retry cheaply, large enough for one upsert to pay. */
export const CHUNK_SIZE = 500;

/**
 * Runs that re-match every enterprise: started in a cause's transaction, planned into chunk jobs
 * (keyset ranges of enterprise ids), each chunk counted into `done` or `failed` exactly once.
 */
@Injectable()
export class MatchRunsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly enterprises: EnterprisesService,
    private readonly matching: MatchingService,
    private readonly notifier: MatchNotifier,
  ) {}

  /** A RUNNING run and its `run.start` job, in the caller's transaction. */
  async start(manager: EntityManager, trigger: MatchRunTrigger, policyId: string | null): Promise<MatchRun> {
    const run = manager.create(MatchRun, { trigger, policyId, status: MatchRunStatus.RUNNING });
    await manager.insert(MatchRun, run);
    await this.outbox.enqueue(manager, RUN_START, { runId: run.id });
    return manager.findOneOrFail(MatchRun, { where: { id: run.id } });
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
      const chunks: ChunkBounds[] = [];
      await this.enterprises.forEachIdPage(manager, CHUNK_SIZE * 10, (ids) => {
        chunks.push(...planChunks(ids, CHUNK_SIZE, chunks.length));
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
  async runChunk(runId: string, chunkNo: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const chunk = await manager.findOne(MatchRunChunk, { where: { runId, chunkNo } });
      if (!chunk || chunk.status !== MatchChunkStatus.PENDING) return;
      const run = await manager.findOneOrFail(MatchRun, { where: { id: runId } });
      const day = toIsoDay(run.startedAt) as string;
      const written = await this.matching.matchRange(manager, chunk.fromId, chunk.toId, day);
      await this.notifier.notifyEligible(manager, written);
      await this.finishChunk(manager, runId, chunkNo, MatchChunkStatus.DONE);
    });
  }

  /** A chunk that failed every attempt: counted into `failed`; the run ends FAILED. */
  async failChunk(runId: string, chunkNo: number): Promise<void> {
    await this.dataSource.transaction((manager) => this.finishChunk(manager, runId, chunkNo, MatchChunkStatus.FAILED));
  }

  /**
   * Leaves PENDING exactly once (the WHERE), then moves the run's counter by the chunk's size; the
   * chunk that completes the count ends the run. The run row's lock serialises concurrent chunks.
   */
  private async finishChunk(
    manager: EntityManager,
    runId: string,
    chunkNo: number,
    status: MatchChunkStatus.DONE | MatchChunkStatus.FAILED,
  ): Promise<void> {
    const [rows] = (await manager.query(
      `UPDATE match_run_chunks SET status = $3, "finishedAt" = now()
        WHERE "runId" = $1 AND "chunkNo" = $2 AND status = 'PENDING' RETURNING size`,
      [runId, chunkNo, status],
    )) as [{ size: number }[], number];
    if (!rows.length) return;
    const counter = status === MatchChunkStatus.DONE ? 'done' : 'failed';
    await manager.query(`UPDATE match_runs SET "${counter}" = "${counter}" + $2 WHERE id = $1`, [runId, rows[0].size]);
    await manager.query(
      `UPDATE match_runs
          SET status = CASE WHEN failed > 0 THEN 'FAILED' ELSE 'FINISHED' END, "finishedAt" = now()
        WHERE id = $1 AND status = 'RUNNING' AND planned AND done + failed >= total`,
      [runId],
    );
  }
}
