import { randomUUID } from 'node:crypto';
import { PassThrough, type Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { User } from '../../core/users/user.entity.js';
import { streamSheet } from '../../core/xlsx/xlsx-writer.js';
import type { LeadFilter } from '../leads/dto/lead-connection.args.js';
import { Lead } from '../leads/lead.entity.js';
import { applyLeadFilter } from '../leads/leads.service.js';
import { ParksService } from '../parks/parks.service.js';
import { exportCell, LEAD_COLUMNS, xlsxColumns } from './lead-columns.js';

/** Leads read per keyset page (and written before the next is read). */
export const LEAD_EXPORT_PAGE_SIZE = 500;

const CREATED = `date_trunc('milliseconds', l.createdAt)`;

export interface LeadExportFile {
  name: string;
  asciiName: string;
  stream: Readable;
}

/**
 * Staff: the lead list for a filter (the `leads` query's own filter and order) as an .xlsx in the
 * caller's language, streamed while it is read: keyset pages, each page's parks and owners in one
 * query each, the next page read only once the client has taken the last. The file reimports as is.
 */
@Injectable()
export class LeadExportService {
  private readonly logger = new Logger(LeadExportService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly parks: ParksService,
    private readonly audit: AuditService,
  ) {}

  /** Records who exports what (the file holds the bureau's negotiations), then streams. */
  async open(actor: Actor, filter: LeadFilter): Promise<LeadExportFile> {
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, actor, {
        action: 'lead.export',
        entity: 'Lead',
        entityId: randomUUID(),
        after: { filter: { ...filter } },
      }),
    );
    const locale = actor.locale === 'en-US' ? 'en' : 'zh';
    const title = locale === 'zh' ? '招商线索' : 'Leads';
    const day = new Date().toISOString().slice(0, 10).replaceAll('-', '');
    const stream = new PassThrough();
    streamSheet(stream, title, xlsxColumns(locale), this.pages(filter, locale)).catch((error: unknown) => {
      this.logger.error({ err: error }, 'lead export failed mid-stream');
      stream.destroy(error instanceof Error ? error : new Error(String(error)));
    });
    return { name: `${title}-${day}.xlsx`, asciiName: `leads-${day}.xlsx`, stream };
  }

  /** The list in its order (newest first, then id), a page at a time, as rows of cells. */
  private async *pages(filter: LeadFilter, locale: 'zh' | 'en'): AsyncGenerator<unknown[][]> {
    const manager = this.dataSource.manager;
    let after: { createdAt: Date; id: string } | null = null;
    for (;;) {
      const query = applyLeadFilter(manager.createQueryBuilder(Lead, 'l'), filter);
      // The list's order: its cursor compares milliseconds (a JS Date has no microseconds).
      if (after) query.andWhere(`(${CREATED}, l.id) < (:createdAt, :id)`, after);
      const leads = await query
        .orderBy(CREATED, 'DESC')
        .addOrderBy('l.id', 'DESC')
        .limit(LEAD_EXPORT_PAGE_SIZE)
        .getMany();
      if (!leads.length) return;
      const parkIds = [...new Set(leads.map((l) => l.targetParkId).filter((id): id is string => !!id))];
      const ownerIds = [...new Set(leads.map((l) => l.ownerId).filter((id): id is string => !!id))];
      const parks = new Map((parkIds.length ? await this.parks.findByIds(parkIds, manager) : []).map((p) => [p.id, p]));
      const owners = new Map(
        (ownerIds.length
          ? await manager.find(User, { where: { id: In(ownerIds) }, select: { id: true, email: true } })
          : []
        ).map((u) => [u.id, u.email]),
      );
      const names = {
        parkName: (id: string) => {
          const park = parks.get(id);
          return park ? (locale === 'zh' ? park.name : park.nameEn) : undefined;
        },
        ownerEmail: (id: string) => owners.get(id),
      };
      yield leads.map((lead) => LEAD_COLUMNS.map((column) => exportCell(column, lead, names, locale)));
      if (leads.length < LEAD_EXPORT_PAGE_SIZE) return;
      const last = leads[leads.length - 1];
      after = { createdAt: last.createdAt, id: last.id };
    }
  }
}
