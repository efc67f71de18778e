import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { toIsoDay } from '#matching';
import { DataSource } from 'typeorm';
import { JobRegistry } from '../../core/queue/job-registry.js';
import { JOB_ATTEMPTS } from '../../core/queue/queue-name.js';
import { ENTERPRISE_FACTS_CHANGED } from '../enterprises/enterprise-facts-changed.job.js';
import { PolicyLifecycle } from '../policies/policy-lifecycle.js';
import { MatchNotifier } from './match-notifier.service.js';
import { MatchRunTrigger } from './match-run.enums.js';
import { RUN_CHUNK, RUN_DAILY, RUN_START } from './match-run.job.js';
import { MatchRunsService } from './match-runs.service.js';
import { MatchingService } from './matching.service.js';

/**
 * The matching queue's processors, and the run a policy's publication or retirement starts in
 * its own transaction. Every handler is idempotent: results are upserted on (enterprise, policy
 * version) and a chunk is counted once.
 */
@Injectable()
export class MatchingJobs implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: JobRegistry,
    private readonly lifecycle: PolicyLifecycle,
    private readonly matching: MatchingService,
    private readonly runs: MatchRunsService,
    private readonly notifier: MatchNotifier,
  ) {}

  onModuleInit(): void {
    this.lifecycle.on(async (manager, _actor, policy, event) => {
      const trigger = event === 'PUBLISHED' ? MatchRunTrigger.POLICY_PUBLISHED : MatchRunTrigger.POLICY_RETIRED;
      await this.runs.start(manager, trigger, policy.id);
    });
    this.registry.register(ENTERPRISE_FACTS_CHANGED, ({ enterpriseIds }) => this.matchEnterprises(enterpriseIds));
    this.registry.register(RUN_START, ({ runId }) => this.runs.plan(runId));
    this.registry.register(RUN_CHUNK, async ({ runId, chunkNo }, job) => {
      try {
        await this.runs.runChunk(runId, chunkNo, job);
      } catch (error) {
        // The last attempt: count the chunk failed (once) so the run ends instead of waiting forever.
        if (job.attempt >= JOB_ATTEMPTS) await this.runs.failChunk(runId, chunkNo, job);
        throw error;
      }
    });
    this.registry.register(RUN_DAILY, () =>
      this.dataSource.transaction((manager) => this.runs.daily(manager)).then(() => undefined),
    );
  }

  private async matchEnterprises(enterpriseIds: string[]): Promise<void> {
    const day = toIsoDay(new Date()) as string;
    await this.dataSource.transaction(async (manager) => {
      const written = await this.matching.matchEnterprises(manager, enterpriseIds, day);
      await this.notifier.notifyEligible(manager, written);
    });
  }
}
