import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { AuditService, type AuditChange } from '../../core/audit/audit.service.js';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import type { FieldFault } from '../../core/errors/field-fault.js';
import type { Locale } from '../../core/errors/locale.js';
import { OutboxService } from '../../core/queue/outbox.service.js';
import { ENTERPRISE_FACTS_CHANGED } from './enterprise-facts-changed.job.js';
import { EnterpriseImportProgress } from './enterprise-import-progress.service.js';
import {
  enterpriseImportTemplate,
  importColumnLabel,
  markRepeatedUsccs,
  readEnterpriseSheet,
  rejectionMessage,
  type ParsedRow,
} from './enterprise-import-sheet.js';
import type { EnterpriseImportRejection, EnterpriseImportReport } from './enterprise-import.type.js';
import { upsertEnterprises, type EnterpriseRecord } from './enterprise-import-writer.js';
import {
  checkProfile,
  diffProfile,
  PROFILE_FIELDS,
  type FieldChange,
  type ProfileContext,
  type ProfileValues,
} from './enterprise-profile.js';
import { cleanPatch, EnterpriseProfileService, withMeta } from './enterprise-profile.service.js';
import { Enterprise } from './enterprise.entity.js';
import { EnterpriseImportStatus, FactSource } from './enterprise.enums.js';
import { ProfileChangeHooks } from './profile-change-hooks.js';

export { MAX_IMPORT_ROWS } from './enterprise-import-sheet.js';

/**
 * Rows checked and written per batch: one upsert statement each, and embedded one transaction
 * each, short enough (a fraction of a second on PGlite) that other requests get the one connection
 * in between.
 */
export const ENTERPRISE_IMPORT_BATCH = 250;

type Fault = { column: string | null; zh: string; en: string };

/** What became of one row. */
type Outcome =
  | { kind: 'rejected'; row: ParsedRow; faults: Fault[] }
  | { kind: 'unchanged'; row: ParsedRow }
  | { kind: 'create'; row: ParsedRow; record: EnterpriseRecord; changes: FieldChange[] }
  | { kind: 'update'; row: ParsedRow; record: EnterpriseRecord; changes: FieldChange[]; current: Enterprise };
type Write = Extract<Outcome, { kind: 'create' | 'update' }>;

const CHANGED_MEANWHILE: Fault = {
  column: null,
  zh: '导入期间此企业已被他人修改或登记，请重新导入',
  en: 'the enterprise changed or was registered while importing; import it again',
};

/**
 * Bulk import of enterprise profiles from an .xlsx (the first sheet; a header row of column names,
 * then one enterprise per row). Every row is checked with the same rules as the profile form; the
 * others are reported with row, column and reason. An empty cell leaves a value as it is, so
 * importing the same file again changes nothing.
 *
 * Valid rows are upserted by USCC in batches (one `INSERT … ON CONFLICT` per batch, with their
 * history, audit rows and one re-match job). With PostgreSQL every batch runs in ONE transaction:
 * the file is saved whole or not at all. Embedded (PGlite, one connection) each batch commits on
 * its own, so the API keeps answering during a long import; a failure midway keeps the batches
 * before it, and importing the file again completes it (what was written is unchanged, the rest is
 * written). Progress (rows done of total) is kept in `enterprise_imports` for the admin app to poll.
 */
@Injectable()
export class EnterpriseImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly profiles: EnterpriseProfileService,
    private readonly progress: EnterpriseImportProgress,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly hooks: ProfileChangeHooks,
  ) {}

  async import(actor: Actor, base64: string, importId: string | null = null): Promise<EnterpriseImportReport> {
    const id = await this.progress.start(actor, importId);
    try {
      const report = await this.run(actor, base64, id);
      await this.progress.finish(id, EnterpriseImportStatus.FINISHED);
      return report;
    } catch (error) {
      await this.progress.finish(id, EnterpriseImportStatus.FAILED);
      throw error;
    }
  }

  template(): Promise<string> {
    return enterpriseImportTemplate();
  }

  private async run(actor: Actor, base64: string, id: string): Promise<EnterpriseImportReport> {
    const rows = await readEnterpriseSheet(base64);
    markRepeatedUsccs(rows);
    await this.progress.total(id, rows.length);
    const context = await this.profiles.profileContext(this.dataSource.manager);
    const outcomes: Outcome[] = [];
    const writeAll = async (shared: EntityManager | null) => {
      for (let start = 0; start < rows.length; start += ENTERPRISE_IMPORT_BATCH) {
        const batch = rows.slice(start, start + ENTERPRISE_IMPORT_BATCH);
        const write = (manager: EntityManager) => this.writeBatch(manager, actor, batch, context);
        outcomes.push(...(shared ? await write(shared) : await this.dataSource.transaction(write)));
        await this.progress.advance(id, start + batch.length);
        // PGlite answers in-process without I/O, so a chain of awaits never gives the event loop a
        // turn: without this the waiting requests (and /health) would get none until the end.
        if (!shared) await yieldToEventLoop();
      }
    };
    if (this.config.embedded) await writeAll(null);
    else await this.dataSource.transaction((manager) => writeAll(manager));
    return reportOf(rows.length, outcomes, actor.locale);
  }

  /** Checks a batch against the enterprises it names (locked) and writes its valid rows. */
  private async writeBatch(
    manager: EntityManager,
    actor: Actor,
    batch: ParsedRow[],
    context: ProfileContext,
  ): Promise<Outcome[]> {
    const usccs = batch.filter((row) => row.uscc).map((row) => row.uscc!);
    const existing = new Map(
      (usccs.length
        ? await manager.find(Enterprise, {
            where: { uscc: In(usccs) },
            lock: { mode: 'pessimistic_write' },
            order: { uscc: 'ASC' },
          })
        : []
      ).map((enterprise) => [enterprise.uscc, enterprise]),
    );
    const outcomes = batch.map((row) => plan(row, row.uscc ? existing.get(row.uscc) : undefined, context, actor));
    const planned = outcomes.filter(
      (outcome): outcome is Write => outcome.kind === 'create' || outcome.kind === 'update',
    );
    const written = await upsertEnterprises(
      manager,
      planned.map((outcome) => outcome.record),
    );
    const saved = planned.filter((outcome) => written.has(outcome.record.id));
    await this.afterWrite(manager, actor, saved);
    return outcomes.map((outcome) =>
      (outcome.kind === 'create' || outcome.kind === 'update') && !written.has(outcome.record.id)
        ? { kind: 'rejected', row: outcome.row, faults: [CHANGED_MEANWHILE] }
        : outcome,
    );
  }

  /** History, audit rows and the other contexts' triggers of the rows written, and one re-match job. */
  private async afterWrite(manager: EntityManager, actor: Actor, saved: Write[]): Promise<void> {
    if (!saved.length) return;
    await this.profiles.writeHistory(
      manager,
      actor,
      saved.flatMap((outcome) => outcome.changes.map((change) => ({ enterpriseId: outcome.record.id, change }))),
      FactSource.IMPORTED,
    );
    await this.audit.recordMany(manager, actor, saved.map(auditChange));
    for (const outcome of saved) {
      if (outcome.kind === 'update') {
        await this.hooks.run(
          manager,
          outcome.record.id,
          outcome.changes.map((change) => change.field),
        );
      }
    }
    const enterpriseIds = saved.map((outcome) => outcome.record.id);
    await this.outbox.enqueue(manager, ENTERPRISE_FACTS_CHANGED, { enterpriseIds });
  }
}

/** What to do with a row, given the enterprise of its USCC (if any): the profile form's rules. */
function plan(row: ParsedRow, current: Enterprise | undefined, context: ProfileContext, actor: Actor): Outcome {
  const faults = [...row.faults];
  if (!current && row.uscc && row.values.name === undefined) {
    faults.push({ column: 'name', zh: '新企业必须填写企业名称', en: 'a new enterprise needs a name' });
  }
  const patch = cleanPatch(row.values);
  if (!faults.length) {
    for (const fault of checkProfile((current ?? {}) as ProfileValues, patch, context))
      faults.push(fromFieldFault(fault));
  }
  if (faults.length) return { kind: 'rejected', row, faults };
  const before = (current ?? {}) as ProfileValues;
  const changes = diffProfile(before, patch);
  if (current && !changes.length) return { kind: 'unchanged', row };
  const values: Record<string, unknown> = Object.fromEntries(
    PROFILE_FIELDS.map((field) => [field, before[field] ?? null]),
  );
  for (const change of changes) values[change.field] = change.after;
  const record: EnterpriseRecord = {
    ...values,
    id: current?.id ?? randomUUID(),
    uscc: row.uscc!,
    version: (current?.version ?? 0) + 1,
    factMeta: withMeta(current?.factMeta ?? {}, changes, FactSource.IMPORTED, actor),
  };
  return current ? { kind: 'update', row, record, changes, current } : { kind: 'create', row, record, changes };
}

function auditChange(outcome: Write): AuditChange {
  const { record, changes } = outcome;
  if (outcome.kind === 'create') {
    return { action: 'enterprise.import.create', entity: 'Enterprise', entityId: record.id, after: record };
  }
  return {
    action: 'enterprise.import.update',
    entity: 'Enterprise',
    entityId: record.id,
    before: { version: outcome.current.version, ...Object.fromEntries(changes.map((c) => [c.field, c.before])) },
    after: { version: record.version, ...Object.fromEntries(changes.map((c) => [c.field, c.after])) },
  };
}

/** The counts, and each refused row's faults in row order. */
function reportOf(rows: number, outcomes: Outcome[], locale: Locale): EnterpriseImportReport {
  const report: EnterpriseImportReport = { rows, created: 0, updated: 0, unchanged: 0, rejectedRows: 0, rejected: [] };
  for (const outcome of outcomes) {
    if (outcome.kind === 'create') report.created += 1;
    else if (outcome.kind === 'update') report.updated += 1;
    else if (outcome.kind === 'unchanged') report.unchanged += 1;
    else {
      report.rejectedRows += 1;
      for (const fault of outcome.faults) report.rejected.push(rejection(outcome.row, fault, locale));
    }
  }
  return report;
}

function fromFieldFault(fault: FieldFault): Fault {
  return { column: fault.field, zh: fault.message.zh, en: fault.message.en };
}

function rejection(row: ParsedRow, fault: Fault, locale: Locale): EnterpriseImportRejection {
  const reason = locale === 'en-US' ? fault.en : fault.zh;
  return {
    row: row.row,
    column: fault.column,
    columnLabel: importColumnLabel(fault.column, locale),
    uscc: row.usccText,
    reason,
    message: rejectionMessage(row.row, fault.column, reason, locale),
  };
}
