import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import ExcelJS from 'exceljs';
import { FACTS } from '#matching';
import { ENTERPRISE_TIERS, INDUSTRIES, OWNERSHIPS, POLLUTION_CATEGORIES } from '#plan-data';
import { DataSource, In } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { AppError, text } from '../../core/errors/app-error.js';
import type { FieldFault } from '../../core/errors/field-fault.js';
import type { Locale } from '../../core/errors/locale.js';
import { OutboxService } from '../../core/queue/outbox.service.js';
import { readXlsx } from '../../core/xlsx/xlsx-reader.js';
import { ENTERPRISE_FACTS_CHANGED } from './enterprise-facts-changed.job.js';
import {
  CONTACT_LABELS,
  checkProfile,
  diffProfile,
  isStoredFact,
  PROFILE_FIELDS,
  readCell,
  cellPrimitive,
  type ProfileField,
  type ProfileValues,
} from './enterprise-profile.js';
import type { EnterpriseImportRejection, EnterpriseImportReport } from './enterprise-import.type.js';
import { Enterprise } from './enterprise.entity.js';
import { FactSource } from './enterprise.enums.js';
import { cleanPatch, EnterpriseProfileService } from './enterprise-profile.service.js';
import { validateUscc } from './uscc.js';

export const MAX_IMPORT_ROWS = 5000;
/** The template's sheet (the import reads a file's first sheet). */
const SHEET_NAME = 'enterprises';

type Column = 'uscc' | ProfileField;
/** Columns of the template, in order: the USCC, contact fields, then the facts by their names. */
export const IMPORT_COLUMNS: readonly Column[] = ['uscc', ...PROFILE_FIELDS];

function columnLabel(column: Column): { zh: string; en: string } {
  if (column === 'uscc') return { zh: '统一社会信用代码', en: 'Unified social credit code (USCC)' };
  if (isStoredFact(column)) return FACTS[column].label;
  return CONTACT_LABELS[column as keyof typeof CONTACT_LABELS];
}

/** Header text → column: the vocabulary names (any case) and the Chinese labels. */
const HEADER_ALIASES: ReadonlyMap<string, Column> = new Map(
  IMPORT_COLUMNS.flatMap((column) => [
    [column.toLowerCase(), column] as const,
    [columnLabel(column).zh, column] as const,
  ]),
);

interface ParsedRow {
  row: number;
  usccText: string | null;
  uscc: string | null;
  values: ProfileValues;
  faults: { column: string | null; zh: string; en: string }[];
}

/**
 * Bulk import of enterprise profiles from an .xlsx (the first sheet; a header row of column names,
 * then one enterprise per row). Every row is checked with the same rules as the profile form; valid
 * rows are saved, upserted by USCC, in one transaction; the others are reported with row, column and
 * reason. An empty cell leaves a value as it is, so importing the same file again changes nothing.
 */
@Injectable()
export class EnterpriseImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiles: EnterpriseProfileService,
    private readonly outbox: OutboxService,
  ) {}

  async import(actor: Actor, base64: string): Promise<EnterpriseImportReport> {
    const rows = await this.readWorkbook(base64);
    return this.dataSource.transaction(async (manager) => {
      const context = await this.profiles.profileContext(manager);
      const usccs = [...new Set(rows.map((r) => r.uscc).filter((u): u is string => !!u))];
      const existing = new Map(
        (usccs.length
          ? await manager.find(Enterprise, {
              where: { uscc: In(usccs) },
              lock: { mode: 'pessimistic_write' },
              order: { uscc: 'ASC' },
            })
          : []
        ).map((e) => [e.uscc, e]),
      );
      const report: EnterpriseImportReport = {
        rows: rows.length,
        created: 0,
        updated: 0,
        unchanged: 0,
        rejectedRows: 0,
        rejected: [],
      };
      const seen = new Map<string, number>();
      const changed: string[] = [];
      for (const row of rows) {
        if (row.uscc) {
          const first = seen.get(row.uscc);
          if (first !== undefined) {
            row.faults.push({
              column: 'uscc',
              zh: `与第 ${first} 行的统一社会信用代码重复`,
              en: `the same USCC as row ${first}`,
            });
          } else {
            seen.set(row.uscc, row.row);
          }
        }
        const current = row.uscc ? existing.get(row.uscc) : undefined;
        if (!current && row.uscc && row.values.name === undefined) {
          row.faults.push({ column: 'name', zh: '新企业必须填写企业名称', en: 'a new enterprise needs a name' });
        }
        if (!row.faults.length) {
          const patch = cleanPatch(row.values);
          for (const f of checkProfile((current ?? {}) as ProfileValues, patch, context))
            row.faults.push(fromFieldFault(f));
          if (!row.faults.length) {
            if (!current) {
              const created = await this.profiles.createWithValues(
                manager,
                actor,
                { ...patch, uscc: row.uscc!, name: patch.name as string },
                FactSource.IMPORTED,
                'enterprise.import.create',
              );
              changed.push(created.id);
              report.created += 1;
            } else {
              const changes = diffProfile(current as unknown as ProfileValues, patch);
              if (!changes.length) {
                report.unchanged += 1;
              } else {
                const saved = await this.profiles.applyChanges(
                  manager,
                  actor,
                  current,
                  changes,
                  FactSource.IMPORTED,
                  'enterprise.import.update',
                );
                existing.set(saved.uscc, saved);
                changed.push(saved.id);
                report.updated += 1;
              }
            }
            continue;
          }
        }
        report.rejectedRows += 1;
        for (const f of row.faults) report.rejected.push(rejection(row, f, actor.locale));
      }
      // One job for the whole file: the matcher takes the enterprises in one batch.
      if (changed.length) await this.outbox.enqueue(manager, ENTERPRISE_FACTS_CHANGED, { enterpriseIds: changed });
      return report;
    });
  }

  /**
   * The rows of the file, each with the faults found in reading it; a file that is no spreadsheet,
   * a zip bomb or one of more than MAX_IMPORT_ROWS rows is refused (the shared safe reader).
   */
  private async readWorkbook(base64: string): Promise<ParsedRow[]> {
    const sheet = await readXlsx(base64, { maxRows: MAX_IMPORT_ROWS });
    const columns = new Map<number, Column>();
    const unknown: string[] = [];
    sheet.header.forEach((text, index) => {
      const header = text.trim();
      if (!header) return;
      const column = HEADER_ALIASES.get(header) ?? HEADER_ALIASES.get(header.toLowerCase());
      if (!column) unknown.push(header);
      else if ([...columns.values()].includes(column)) unknown.push(`${header}（重复 duplicate）`);
      else columns.set(index, column);
    });
    if (unknown.length) {
      throw AppError.field(
        'file',
        text(
          `表头中有无法识别的列：${unknown.join('、')}（列名应为事实名称，见导入模板）`,
          `has columns the import does not know: ${unknown.join(', ')} (headers are the fact names; see the template)`,
        ),
      );
    }
    if (![...columns.values()].includes('uscc')) {
      throw AppError.field('file', text('表头缺少 uscc（统一社会信用代码）列', 'has no uscc column in its header row'));
    }

    const rows: ParsedRow[] = [];
    for (const { row: rowNumber, cells } of sheet.rows) {
      const parsed: ParsedRow = { row: rowNumber, usccText: null, uscc: null, values: {}, faults: [] };
      let filled = false;
      for (const [index, column] of columns) {
        const raw = cells[index];
        if (cellPrimitive(raw) === null) continue;
        filled = true;
        if (column === 'uscc') {
          parsed.usccText = String(cellPrimitive(raw));
          const check = validateUscc(parsed.usccText);
          if (check.valid) parsed.uscc = check.code;
          else
            parsed.faults.push({
              column,
              zh: `统一社会信用代码无效：${check.reason.zh}`,
              en: `not a valid USCC: ${check.reason.en}`,
            });
          continue;
        }
        const reading = readCell(column, raw);
        if ('fault' in reading) parsed.faults.push({ column, ...reading.fault });
        else parsed.values[column] = reading.value;
      }
      if (!filled) continue;
      if (!parsed.usccText)
        parsed.faults.push({ column: 'uscc', zh: '缺少统一社会信用代码', en: 'the USCC is missing' });
      rows.push(parsed);
    }
    return rows;
  }

  /** The import template: a header row of column names (labels as notes), a guide and the codes. */
  async template(): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'uhtz-invest';
    const sheet = workbook.addWorksheet(SHEET_NAME);
    sheet.columns = IMPORT_COLUMNS.map((column) => ({
      header: column,
      key: column,
      width: Math.max(14, column.length + 4),
    }));
    sheet.getRow(1).font = { bold: true };
    IMPORT_COLUMNS.forEach((column, i) => {
      const label = columnLabel(column);
      sheet.getRow(1).getCell(i + 1).note = `${label.zh}\n${label.en}`;
    });
    sheet.views = [{ state: 'frozen', ySplit: 1 }];

    const guide = workbook.addWorksheet('说明 Guide');
    guide.columns = [
      { header: '列名 column', width: 24 },
      { header: '中文', width: 40 },
      { header: 'English', width: 48 },
      { header: '类型 type', width: 14 },
      { header: '取值 values', width: 60 },
    ];
    guide.getRow(1).font = { bold: true };
    for (const column of IMPORT_COLUMNS) {
      const label = columnLabel(column);
      guide.addRow([column, label.zh, label.en, typeOf(column), valuesOf(column)]);
    }
    guide.addRow([]);
    guide.addRow([
      '',
      '空单元格表示不修改该项；金额单位为元。',
      'An empty cell leaves the value as it is; money in yuan.',
    ]);

    const codes = workbook.addWorksheet('代码 Codes');
    codes.columns = [
      { header: 'industry', width: 26 },
      { header: 'chainSegment', width: 44 },
      { header: '名称', width: 40 },
      { header: 'name', width: 50 },
    ];
    codes.getRow(1).font = { bold: true };
    for (const industry of INDUSTRIES) {
      codes.addRow([industry.code, '', industry.name, industry.nameEn]);
      for (const segment of industry.segments)
        codes.addRow([industry.code, segment.code, segment.name, segment.nameEn]);
    }
    const buffer = await workbook.xlsx.writeBuffer();
    return Buffer.from(buffer as ArrayBuffer).toString('base64');
  }
}

function typeOf(column: Column): string {
  if (!isStoredFact(column)) return 'text';
  const def = FACTS[column];
  if (def.type === 'number') return def.integer ? 'integer' : def.unit === 'CNY' ? 'yuan' : 'number';
  return def.type;
}

function valuesOf(column: Column): string {
  switch (column) {
    case 'tier':
      return ENTERPRISE_TIERS.map((t) => `${t.code} ${t.name}`).join('; ');
    case 'ownership':
      return OWNERSHIPS.map((o) => `${o.code} ${o.name}`).join('; ');
    case 'pollutionCategory':
      return POLLUTION_CATEGORIES.map((p) => `${p.code} ${p.name}`).join('; ');
    case 'industry':
    case 'chainSegment':
      return '见“代码 Codes”表 / see the Codes sheet';
    case 'registeredAt':
      return 'YYYY-MM-DD';
    default:
      if (isStoredFact(column) && FACTS[column].type === 'boolean') return '是 / 否 (true / false)';
      return column === 'uscc' ? '18 位 / 18 characters (GB 32100-2015)' : '';
  }
}

function fromFieldFault(fault: FieldFault): { column: string; zh: string; en: string } {
  return { column: fault.field, zh: fault.message.zh, en: fault.message.en };
}

function rejection(
  row: ParsedRow,
  fault: { column: string | null; zh: string; en: string },
  locale: Locale,
): EnterpriseImportRejection {
  return { row: row.row, column: fault.column, uscc: row.usccText, reason: locale === 'en-US' ? fault.en : fault.zh };
}
