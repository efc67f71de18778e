import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { User } from '../users/user.entity.js';
import {
  column,
  connectionPages,
  labelOf,
  mapPages,
  openListExport,
  type ListColumn,
  type ListExportFile,
} from '../xlsx/list-export.js';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS } from './audit-labels.js';
import type { AuditLog } from './audit-log.entity.js';
import { AuditService } from './audit.service.js';
import type { AuditExportQuery } from './dto/audit-export.query.js';

interface Row {
  entry: AuditLog;
  actor?: { name: string; email: string };
}

const SYSTEM = { zh: '系统', en: 'System' };

export const AUDIT_EXPORT_COLUMNS: readonly ListColumn<Row>[] = [
  column('时间（UTC）', 'When (UTC)', (r) => r.entry.at.toISOString().slice(0, 19).replace('T', ' '), { width: 20 }),
  column(
    '操作人',
    'Who',
    (r, l) => (r.entry.actorId ? (r.actor?.name ?? null) : l === 'en-US' ? SYSTEM.en : SYSTEM.zh),
    {
      width: 16,
    },
  ),
  column('操作人邮箱', 'Email', (r) => r.actor?.email ?? null, { width: 26 }),
  column('操作', 'What', (r, l) => labelOf(AUDIT_ACTION_LABELS, r.entry.action, l), { width: 18 }),
  column('对象类型', 'Record type', (r, l) => labelOf(AUDIT_ENTITY_LABELS, r.entry.entity, l), { width: 14 }),
  column('对象编号', 'Record', (r) => r.entry.entityId, { width: 38 }),
];

/** Admins: the audit log for the page's filter, as .xlsx (newest first, the `auditLog` query's order). */
@Injectable()
export class AuditExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  open(actor: Actor, filter: AuditExportQuery): Promise<ListExportFile> {
    // Read from the moment of the request: the export's own audit row is not in the file.
    const to = filter.to ?? new Date();
    const pages = connectionPages((first, after) => this.audit.list(actor, { ...filter, to }, first, after));
    return openListExport(this.dataSource, this.audit, actor, {
      title: { zh: '操作记录', en: 'Audit log' },
      slug: 'audit-log',
      entity: 'AuditLog',
      filter,
      columns: AUDIT_EXPORT_COLUMNS,
      pages: mapPages(pages, async (entries) => {
        const ids = [...new Set(entries.map((e) => e.actorId).filter((id): id is string => !!id))];
        const users = new Map(
          (ids.length
            ? await this.dataSource.manager.find(User, {
                where: { id: In(ids) },
                select: { id: true, name: true, email: true },
              })
            : []
          ).map((u) => [u.id, u]),
        );
        return entries.map((entry) => ({ entry, actor: entry.actorId ? users.get(entry.actorId) : undefined }));
      }),
    });
  }
}
