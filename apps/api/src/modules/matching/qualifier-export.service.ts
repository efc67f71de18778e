import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { openListExport, type ListColumn, type ListExportFile } from '../../core/xlsx/list-export.js';
import { EnterprisesService } from '../enterprises/enterprises.service.js';
import { POLICY_LABEL, PoliciesService } from '../policies/policies.service.js';
import { PolicyCodes } from '../policies/policy-codes.js';
import type { PolicyMatchRecord } from './policy-match.entity.js';
import { exportColumns, exportKindOf, KIND_TITLES, type ExportRow } from './qualifier-export-columns.js';
import { qualifierQuery, type QualifierFilter } from './qualifier-filter.js';

/** Rows read from the database per keyset page (and written to the sheet before the next is read). */
export const EXPORT_PAGE_SIZE = 500;

/**
 * Staff: one policy version's match list, filtered as on the page, as an .xlsx streamed while it is
 * read through the shared list export (`core/xlsx/list-export.ts`): keyset pages of the list's own
 * query, each page's enterprises in one query, the next page read only once the client has taken
 * the last, so neither the list nor the file is ever held whole in memory.
 */
@Injectable()
export class QualifierExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly enterprises: EnterprisesService,
    private readonly policies: PoliciesService,
    private readonly codes: PolicyCodes,
    private readonly audit: AuditService,
  ) {}

  /** Checks the policy, records who exports what (the file holds enterprises' data), then streams. */
  async open(actor: Actor, policyId: string, filter: QualifierFilter): Promise<ListExportFile> {
    if (!isUUID(policyId)) throw AppError.notFound(POLICY_LABEL);
    const policy = await this.policies.get(actor, policyId);
    const kind = exportKindOf(filter);
    const { labels } = await this.codes.known();
    // The columns depend on the policy's criteria and come in the caller's language already.
    const columns: ListColumn<ExportRow>[] = exportColumns(
      kind,
      policy.criteria,
      actor.locale,
      labels ?? (() => undefined),
    ).map((c) => ({ label: { zh: c.header, en: c.header }, width: c.width, numFmt: c.numFmt, value: c.value }));
    return openListExport(this.dataSource, this.audit, actor, {
      title: KIND_TITLES[kind],
      slug: kind,
      entity: 'Policy',
      filter,
      of: {
        action: 'policy.exportQualifiers',
        entityId: policy.id,
        after: { code: policy.code, version: policy.version, list: kind, filter: { ...filter } },
        fileStem: policy.code,
      },
      columns,
      pages: this.pages(policyId, filter),
    });
  }

  /** The list in its order (benefit, then id, descending), one keyset page at a time, with the enterprises. */
  private async *pages(policyId: string, filter: QualifierFilter): AsyncGenerator<ExportRow[]> {
    const manager = this.dataSource.manager;
    let after: Pick<PolicyMatchRecord, 'benefit' | 'id'> | null = null;
    for (;;) {
      const query = qualifierQuery(manager, this.enterprises, policyId, filter);
      if (after) query.andWhere('(m.benefit, m.id) < (:benefit, :id)', after);
      const matches = await query
        .orderBy('m.benefit', 'DESC')
        .addOrderBy('m.id', 'DESC')
        .limit(EXPORT_PAGE_SIZE)
        .getMany();
      if (!matches.length) return;
      const enterprises = await this.enterprises.findByIds(
        matches.map((m) => m.enterpriseId),
        manager,
      );
      const byId = new Map(enterprises.map((e) => [e.id, e]));
      yield matches.map((match) => ({ match, enterprise: byId.get(match.enterpriseId) }));
      if (matches.length < EXPORT_PAGE_SIZE) return;
      const last = matches[matches.length - 1];
      after = { benefit: last.benefit, id: last.id };
    }
  }
}
