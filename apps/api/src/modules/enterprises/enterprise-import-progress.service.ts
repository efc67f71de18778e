import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isUUID } from 'class-validator';
import type { Actor } from '../../core/auth/actor.js';
import { AppError, text } from '../../core/errors/app-error.js';
import { EnterpriseImportRun } from './enterprise-import-run.entity.js';
import { EnterpriseImportStatus } from './enterprise.enums.js';

export const ENTERPRISE_IMPORT_LABEL = text('企业导入', 'Enterprise import');

/**
 * Where an import reports how far it got (`enterprise_imports`). Every write is a statement of its
 * own, outside the import's transactions: with PostgreSQL on another pooled connection, so a poller
 * sees it while the import's one transaction is still open; embedded, between two batches.
 */
@Injectable()
export class EnterpriseImportProgress {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A RUNNING import under the client's id (to poll while it waits for the answer), or a new one. */
  async start(actor: Actor, id: string | null): Promise<string> {
    if (id !== null && !isUUID(id)) throw AppError.field('importId', text('应为 UUID', 'must be a UUID'));
    const importId = id ?? randomUUID();
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO enterprise_imports (id, "startedBy") VALUES ($1, $2) ON CONFLICT (id) DO NOTHING RETURNING id`,
      [importId, actor.userId],
    );
    if (!inserted.length) {
      throw AppError.field('importId', text('已被另一次导入使用', 'is taken by another import'));
    }
    return importId;
  }

  async total(id: string, total: number): Promise<void> {
    await this.dataSource.manager.update(EnterpriseImportRun, id, { total });
  }

  async advance(id: string, done: number): Promise<void> {
    await this.dataSource.manager.update(EnterpriseImportRun, id, { done });
  }

  async finish(id: string, status: EnterpriseImportStatus.FINISHED | EnterpriseImportStatus.FAILED): Promise<void> {
    await this.dataSource.manager.update(EnterpriseImportRun, id, { status, finishedAt: new Date() });
  }

  async get(id: string): Promise<EnterpriseImportRun> {
    const run = await this.dataSource.manager.findOne(EnterpriseImportRun, { where: { id } });
    if (!run) throw AppError.notFound(ENTERPRISE_IMPORT_LABEL);
    return run;
  }
}
