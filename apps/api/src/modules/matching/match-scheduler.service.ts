import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { toIsoDay } from '#matching';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import { OutboxRelay } from '../../core/queue/outbox-relay.service.js';
import { QueueName } from '../../core/queue/queue-name.js';
import { MatchRunTrigger } from './match-run.enums.js';
import { RUN_DAILY } from './match-run.job.js';
import { MatchRunsService } from './match-runs.service.js';

const SCHEDULER_ID = 'matching-daily';
/** 00:10 China time: policies entering or leaving their effective window, and derived facts such as registeredYears. */
const DAILY_PATTERN = '0 10 0 * * *';
const EMBEDDED_CHECK_MS = 60 * 60 * 1000;

/**
 * Starts a DAILY run once a day. With Redis: a BullMQ job scheduler (upserted by every process,
 * one schedule in Redis). Embedded: an hourly check in the process that runs the jobs, which
 * starts the day's run when none was started today (China time).
 */
@Injectable()
export class MatchScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(MatchScheduler.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly relay: OutboxRelay,
    private readonly runs: MatchRunsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const queue = this.relay.queue(QueueName.MATCHING);
    if (queue) {
      await queue
        .upsertJobScheduler(
          SCHEDULER_ID,
          { pattern: DAILY_PATTERN, tz: 'Asia/Shanghai' },
          { name: RUN_DAILY.name, data: {}, opts: { attempts: 3, removeOnComplete: 100, removeOnFail: 100 } },
        )
        .catch((error: unknown) => this.logger.warn({ err: error }, 'daily matching schedule not registered'));
      return;
    }
    if (!this.config.RUN_WORKERS) return;
    this.timer = setInterval(() => void this.startTodaysRun(), EMBEDDED_CHECK_MS);
    this.timer.unref();
  }

  private async startTodaysRun(): Promise<void> {
    const day = toIsoDay(new Date()) as string;
    try {
      await this.dataSource.transaction(async (manager) => {
        const [{ started }] = (await manager.query(
          `SELECT count(*)::int AS started FROM match_runs
            WHERE trigger = $1 AND ("startedAt" AT TIME ZONE 'Asia/Shanghai')::date = $2::date`,
          [MatchRunTrigger.DAILY, day],
        )) as { started: number }[];
        if (!started) await this.runs.daily(manager);
      });
    } catch (error) {
      this.logger.warn({ err: error }, 'daily matching run not started');
    }
  }

  beforeApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
