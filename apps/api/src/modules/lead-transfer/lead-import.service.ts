import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { localize } from '#matching';
import { DataSource, In } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { AuditService, type AuditChange } from '../../core/audit/audit.service.js';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import { addWorkingDays } from '../../core/time/working-days.js';
import { Role } from '../../core/users/role.enum.js';
import { User } from '../../core/users/user.entity.js';
import { cellText, readXlsx } from '../../core/xlsx/xlsx-reader.js';
import { LeadDuplicatesService } from '../leads/lead-duplicates.service.js';
import { Lead } from '../leads/lead.entity.js';
import { LeadSource, LeadStage } from '../leads/lead.enums.js';
import { ParksService } from '../parks/parks.service.js';
import { headerOf, LEAD_COLUMNS, type ImportLookups, type LeadColumn } from './lead-columns.js';
import { afterLeadsWritten, upsertLeads } from './lead-import-writer.js';
import {
  checkRow,
  mapHeader,
  readRows,
  usccOf,
  type CheckedRow,
  type ImportRow,
  type RowFault,
} from './lead-import-rows.js';
import type { LeadImportReport } from './lead-import.type.js';
import { leadImportTemplate } from './lead-template.js';
import { STAGE_LABELS } from './lead-labels.js';

/** As for enterprises: a file of more rows is refused before the rest is read. */
export const MAX_LEAD_IMPORT_ROWS = 5000;
/** Rows written per statement and per transaction (short ones, so other requests interleave). */
export const LEAD_IMPORT_BATCH = 500;
/** Duplicate checks run side by side (each is one indexed query on leads and one on enterprises). */
const DUPLICATE_CHECKS_AT_ONCE = 4;

type Written = Extract<CheckedRow, { kind: 'create' | 'update' }>;

/**
 * Bulk import of leads from an .xlsx: every row is checked with the rules of `createLead` (the input
 * type's checks, the lead's rules, the duplicate check); a row with the USCC of an existing lead
 * updates it (an empty cell leaves a value as it is), so importing the same file again changes
 * nothing. Valid rows are written in batches (one upsert statement and one transaction each, with
 * their history, audit rows and scoring jobs); the others are reported with row, column and reason.
 */
@Injectable()
export class LeadImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly duplicates: LeadDuplicatesService,
    private readonly parks: ParksService,
  ) {}

  async import(actor: Actor, base64: string): Promise<LeadImportReport> {
    const sheet = await readXlsx(base64, { maxRows: MAX_LEAD_IMPORT_ROWS });
    const columns = mapHeader(sheet);
    const rows = readRows(sheet, columns, await this.lookups(sheet.rows, columns));
    const existing = await this.leadsByUscc(rows);
    const earlier = { usccs: new Map<string, number>(), names: new Map<string, number>() };
    const checked: CheckedRow[] = [];
    for (const row of rows) {
      const matches = existing.get(usccOf(row) ?? '') ?? [];
      if (matches.length > 1) {
        checked.push(
          rejected(
            row.row,
            'uscc',
            `已有 ${matches.length} 条线索使用此统一社会信用代码，请先合并`,
            `${matches.length} leads have this USCC; merge them first`,
          ),
        );
      } else {
        checked.push(await checkRow(row, matches[0], earlier));
      }
    }
    await this.rejectDuplicates(checked);

    const report: LeadImportReport = {
      rows: rows.length,
      created: 0,
      updated: 0,
      unchanged: 0,
      rejectedRows: 0,
      rejected: [],
    };
    const toWrite = checked.filter((row): row is Written => row.kind === 'create' || row.kind === 'update');
    for (let i = 0; i < toWrite.length; i += LEAD_IMPORT_BATCH) {
      const conflicts = await this.writeBatch(actor, toWrite.slice(i, i + LEAD_IMPORT_BATCH));
      for (const row of conflicts) {
        checked[checked.indexOf(row)] = rejected(
          row.row,
          null,
          '导入期间此线索已被他人修改，请重新导入',
          'the lead changed while importing; import it again',
        );
      }
    }
    const names = new Map(
      rows.map((row) => [row.row, typeof row.values.companyName === 'string' ? row.values.companyName : null]),
    );
    for (const row of checked) {
      if (row.kind === 'create') report.created += 1;
      else if (row.kind === 'update') report.updated += 1;
      else if (row.kind === 'unchanged') report.unchanged += 1;
      else {
        report.rejectedRows += 1;
        for (const fault of row.faults) {
          const column = LEAD_COLUMNS.find((c) => c.key === fault.column);
          report.rejected.push({
            row: row.row,
            column: column ? headerOf(column, actor.locale === 'en-US' ? 'en' : 'zh') : fault.column,
            companyName: names.get(row.row) ?? null,
            reason: localize(fault.reason, actor.locale),
          });
        }
      }
    }
    // The import as a whole, beside the audit rows of each lead it wrote.
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, actor, {
        action: 'lead.import',
        entity: 'Lead',
        entityId: randomUUID(),
        after: { ...report, rejected: report.rejected.length },
      }),
    );
    return report;
  }

  /** The template (base64): the header row in the caller's language and one example row. */
  async template(actor: Actor): Promise<string> {
    const [park] = await this.parks.findActive();
    const user = actor.userId ? await this.dataSource.manager.findOne(User, { where: { id: actor.userId } }) : null;
    return leadImportTemplate(actor.locale === 'en-US' ? 'en' : 'zh', park ?? null, user?.email ?? null);
  }

  /** One transaction: the upsert, the history of new leads, their jobs and audit rows; returns the conflicts. */
  private writeBatch(actor: Actor, batch: Written[]): Promise<Written[]> {
    const now = new Date();
    const records = batch.map((row) =>
      row.kind === 'create'
        ? {
            summary: '',
            targetFlags: [],
            tags: [],
            ...row.fields,
            ...this.enquiryClock(row.fields, now),
            id: randomUUID(),
            version: 1,
            stage: LeadStage.LEAD,
            ownerId: row.fields.ownerId ?? actor.userId,
          }
        : { ...row.current, ...row.fields, version: row.current.version + 1 },
    );
    return this.dataSource.transaction(async (manager) => {
      const written = await upsertLeads(manager, records);
      const conflicts = batch.filter((_, i) => !written.has(records[i].id!));
      const created = records.filter((r, i) => batch[i].kind === 'create' && written.has(r.id!)).map((r) => r.id!);
      await afterLeadsWritten(manager, actor.userId, created, [...written]);
      const changes: AuditChange[] = batch.flatMap((row, i): AuditChange[] => {
        const after = records[i];
        if (!written.has(after.id!)) return [];
        if (row.kind === 'create')
          return [{ action: 'lead.import.create', entity: 'Lead', entityId: after.id!, after }];
        return [{ action: 'lead.import.update', entity: 'Lead', entityId: after.id!, before: row.current, after }];
      });
      await this.audit.recordMany(manager, actor, changes);
      return conflicts;
    });
  }

  /** As `createLead`: an inbound enquiry starts the answer clock when it is imported. */
  private enquiryClock(fields: Partial<Lead>, now: Date): Partial<Lead> {
    if (fields.source !== LeadSource.ONLINE_ENQUIRY) return {};
    return { enquiryReceivedAt: now, responseDueAt: addWorkingDays(now, this.config.ENQUIRY_RESPONSE_WORKING_DAYS) };
  }

  /** Parks by code or name (active ones), and the staff named in the owner column by email. */
  private async lookups(rows: { cells: unknown[] }[], columns: Map<number, LeadColumn>): Promise<ImportLookups> {
    const parks = new Map<string, string>();
    for (const park of await this.parks.findActive()) {
      for (const name of [park.code, park.name, park.nameEn]) if (name) parks.set(name.toLowerCase(), park.id);
    }
    const ownerIndex = [...columns].find(([, column]) => column.kind === 'owner')?.[0];
    const emails =
      ownerIndex === undefined
        ? []
        : [...new Set(rows.map((r) => cellText(r.cells[ownerIndex]).trim().toLowerCase()).filter(Boolean))];
    const staff = emails.length
      ? await this.dataSource.manager.find(User, {
          where: { email: In(emails), role: In([Role.ADMIN, Role.BUREAU_STAFF]), active: true },
          select: { id: true, email: true },
        })
      : [];
    return { parks, owners: new Map(staff.map((user) => [user.email, user.id])) };
  }

  /** The leads with the USCCs of the file, by USCC (oldest first). */
  private async leadsByUscc(rows: ImportRow[]): Promise<Map<string, Lead[]>> {
    const usccs = [...new Set(rows.map(usccOf).filter((u): u is string => !!u))];
    const byUscc = new Map<string, Lead[]>();
    if (!usccs.length) return byUscc;
    const leads = await this.dataSource.manager.find(Lead, { where: { uscc: In(usccs) }, order: { createdAt: 'ASC' } });
    for (const lead of leads) byUscc.set(lead.uscc!, [...(byUscc.get(lead.uscc!) ?? []), lead]);
    return byUscc;
  }

  /** A new lead like an existing lead or enterprise (the duplicate check of `createLead`) is refused, naming it. */
  private async rejectDuplicates(checked: CheckedRow[]): Promise<void> {
    const creates = checked.map((row, i) => [row, i] as const).filter(([row]) => row.kind === 'create');
    let next = 0;
    const worker = async () => {
      while (next < creates.length) {
        const [row, i] = creates[next++] as [Extract<CheckedRow, { kind: 'create' }>, number];
        const found = await this.duplicates.find(
          this.dataSource.manager,
          row.fields.companyName!,
          row.fields.uscc ?? null,
        );
        const lead = found.leads[0];
        const enterprise = found.enterprises[0];
        const sameUscc = !!row.fields.uscc && (lead?.uscc === row.fields.uscc || enterprise?.uscc === row.fields.uscc);
        const column = sameUscc ? 'uscc' : 'companyName';
        if (lead) {
          const stage = STAGE_LABELS[lead.stage];
          checked[i] = rejected(
            row.row,
            column,
            `与已有线索“${lead.companyName}”（${stage.zh}）重复或相似`,
            `like the existing lead '${lead.companyName}' (${stage.en})`,
          );
        } else if (enterprise) {
          checked[i] = rejected(
            row.row,
            column,
            `与已有企业“${enterprise.name}”（${enterprise.uscc}）重复或相似`,
            `like the existing enterprise '${enterprise.name}' (${enterprise.uscc})`,
          );
        }
      }
    };
    await Promise.all(Array.from({ length: DUPLICATE_CHECKS_AT_ONCE }, worker));
  }
}

function rejected(row: number, column: string | null, zh: string, en: string): CheckedRow {
  const fault: RowFault = { column, reason: { zh, en } };
  return { row, kind: 'rejected', faults: [fault] };
}
