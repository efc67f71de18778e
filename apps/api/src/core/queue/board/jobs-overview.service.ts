import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { OutboxEvent } from '../outbox-event.entity.js';
import { BOARD_PATH } from './board-session.service.js';
import type { JobsOverview, OutboxCount } from './jobs-overview.type.js';

const FAILED_SHOWN = 20;

/** The outbox as the jobs page shows it (its own table: the queue infrastructure's). */
@Injectable()
export class JobsOverviewService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async overview(): Promise<JobsOverview> {
    const inProcess = !this.config.REDIS_URL;
    // DONE rows pile up for ever; counting them would scan the table, and nobody acts on them.
    const outbox: OutboxCount[] = (
      await this.dataSource.query(
        `SELECT queue, status, count(*)::int AS count FROM outbox
          WHERE status IN ('PENDING', 'DISPATCHED', 'FAILED') GROUP BY 1, 2 ORDER BY 1, 2`,
      )
    ).map((row: OutboxCount) => ({ ...row, count: Number(row.count) }));
    const failed = await this.dataSource.getRepository(OutboxEvent).find({
      select: { id: true, queue: true, name: true, attempts: true, lastError: true, createdAt: true },
      where: { status: 'FAILED' },
      order: { createdAt: 'DESC' },
      take: FAILED_SHOWN,
    });
    return { inProcess, boardPath: inProcess ? null : `${BOARD_PATH}/`, outbox, failed };
  }
}
