import { PassThrough, type Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { localize } from '#matching';
import { isUUID } from 'class-validator';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { addSafeRow } from '../../core/xlsx/xlsx-writer.js';
import { EnterprisesService } from '../enterprises/enterprises.service.js';
import { POLICY_LABEL, PoliciesService } from '../policies/policies.service.js';
import { PolicyCodes } from '../policies/policy-codes.js';
import type { PolicyMatchRecord } from './policy-match.entity.js';
import { exportColumns, exportKindOf, KIND_TITLES, type ExportColumn } from './qualifier-export-columns.js';
import { qualifierQuery, type QualifierFilter } from './qualifier-filter.js';

/** Resolves when the client has taken what was written, or has gone (a closed stream never drains). */
const drainedOrClosed = (out: PassThrough): Promise<void> =>
  new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });

/** Rows read from the database per keyset page (and written to the sheet before the next is read). */
export const EXPORT_PAGE_SIZE = 500;

export interface ExportFile {
  /** The file name to offer, e.g. "RD_SUBSIDY-符合条件的企业-20261202.xlsx". */
  name: string;
  /** Its ASCII stand-in for clients that cannot read the UTF-8 name. */
  asciiName: string;
  stream: Readable;
}

/**
 * Staff: one policy version's match list, filtered as on the page, as an .xlsx streamed while it is
 * read: keyset pages of the list's own query, each page's enterprises in one query, rows committed
 * to exceljs's streaming writer, and the next page read only once the client has taken the last
 * (backpressure), so neither the list nor the file is ever held whole in memory.
 */
@Injectable()
export class QualifierExportService {
  private readonly logger = new Logger(QualifierExportService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly enterprises: EnterprisesService,
    private readonly policies: PoliciesService,
    private readonly codes: PolicyCodes,
    private readonly audit: AuditService,
  ) {}

  /** Checks the policy, records who exports what (the file holds enterprises' data), then streams. */
  async open(actor: Actor, policyId: string, filter: QualifierFilter): Promise<ExportFile> {
    if (!isUUID(policyId)) throw AppError.notFound(POLICY_LABEL);
    const policy = await this.policies.get(actor, policyId);
    const kind = exportKindOf(filter);
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, actor, {
        action: 'policy.exportQualifiers',
        entity: 'Policy',
        entityId: policy.id,
        after: { code: policy.code, version: policy.version, list: kind, filter: { ...filter } },
      }),
    );
    const { labels } = await this.codes.known();
    const columns = exportColumns(kind, policy.criteria, actor.locale, labels ?? (() => undefined));
    const title = localize(KIND_TITLES[kind], actor.locale);
    const day = new Date().toISOString().slice(0, 10).replaceAll('-', '');
    const stream = new PassThrough();
    this.write(stream, title, columns, policyId, filter).catch((error: unknown) => {
      this.logger.error({ err: error, policyId }, 'qualifier export failed mid-stream');
      stream.destroy(error instanceof Error ? error : new Error(String(error)));
    });
    return {
      name: `${policy.code}-${title}-${day}.xlsx`,
      asciiName: `${policy.code}-${kind}-${day}.xlsx`,
      stream,
    };
  }

  private async write(
    out: PassThrough,
    title: string,
    columns: ExportColumn[],
    policyId: string,
    filter: QualifierFilter,
  ): Promise<void> {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    const sheet = workbook.addWorksheet(title, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map((c, i) => ({
      key: String(i),
      width: c.width,
      style: c.numFmt ? { numFmt: c.numFmt } : {},
    }));
    const header = addSafeRow(
      sheet,
      columns.map((c) => c.header),
    );
    header.font = { bold: true };
    header.commit();
    for await (const page of this.pages(policyId, filter)) {
      // Formula-like text (an enterprise's name or contact) is neutralised: no spreadsheet runs it.
      for (const row of page)
        addSafeRow(
          sheet,
          columns.map((c) => c.value(row)),
          true,
        );
      // The client is slower than the database: wait for it before reading the next page.
      if (out.writableNeedDrain) await drainedOrClosed(out);
      if (out.destroyed) return; // the client went away: stop reading
    }
    sheet.commit();
    await workbook.commit();
  }

  /** The list in its order (benefit, then id, descending), one keyset page at a time, with the enterprises. */
  private async *pages(policyId: string, filter: QualifierFilter) {
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
