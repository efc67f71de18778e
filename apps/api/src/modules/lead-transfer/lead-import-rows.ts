import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { AppError, text, type LocalizedText } from '../../core/errors/app-error.js';
import { toInputError } from '../../core/errors/validation-pipe.js';
import { companyCore } from '../../core/text/company-name.js';
import type { XlsxSheet } from '../../core/xlsx/xlsx-reader.js';
import { normalizeUscc, validateUscc } from '../enterprises/uscc.js';
import { CreateLeadInput, UpdateLeadInput } from '../leads/dto/lead.input.js';
import { toLeadFields } from '../leads/lead-rules.js';
import type { Lead } from '../leads/lead.entity.js';
import { HEADER_COLUMNS, LEAD_COLUMNS, readLeadCell, type ImportLookups, type LeadColumn } from './lead-columns.js';

/** A reason a row is refused; `column` is a field name (null for the whole row). */
export interface RowFault {
  column: string | null;
  reason: LocalizedText;
}

/** A data row as read: the values `createLead` would take, and what was wrong with it. */
export interface ImportRow {
  row: number;
  values: Record<string, unknown>;
  faults: RowFault[];
}

/** A row checked against the leads as they are: a new lead, a change to one, or nothing to do. */
export type CheckedRow =
  | { row: number; kind: 'create'; fields: Partial<Lead> }
  | { row: number; kind: 'update'; current: Lead; fields: Partial<Lead> }
  | { row: number; kind: 'unchanged' }
  | { row: number; kind: 'rejected'; faults: RowFault[] };

/** The file's columns by position; unknown or repeated headers refuse the file, naming them. */
export function mapHeader(sheet: XlsxSheet): Map<number, LeadColumn> {
  const columns = new Map<number, LeadColumn>();
  const unknown: string[] = [];
  sheet.header.forEach((header, index) => {
    if (!header) return;
    const column = HEADER_COLUMNS.get(header.trim().toLowerCase());
    if (!column) unknown.push(header);
    else if ([...columns.values()].includes(column)) unknown.push(`${header}（重复 duplicate）`);
    else columns.set(index, column);
  });
  if (unknown.length) {
    throw AppError.field(
      'file',
      text(
        `表头中有无法识别的列：${unknown.join('、')}（见导入模板）`,
        `has columns the import does not know: ${unknown.join(', ')} (see the template)`,
      ),
    );
  }
  const keys = new Set([...columns.values()].map((column) => column.key));
  if (!keys.has('companyName') && !keys.has('uscc')) {
    throw AppError.field(
      'file',
      text(
        '表头缺少“企业名称”或“统一社会信用代码”列',
        'has neither a company name nor a USCC column in its header row',
      ),
    );
  }
  return columns;
}

/** Each data row's cells read into lead values, with the faults of cells that cannot be read. */
export function readRows(sheet: XlsxSheet, columns: Map<number, LeadColumn>, lookups: ImportLookups): ImportRow[] {
  // The industry first: a segment is found among its industry's segments.
  const ordered = [...columns].sort(([, a], [, b]) => LEAD_COLUMNS.indexOf(a) - LEAD_COLUMNS.indexOf(b));
  return sheet.rows.map(({ row, cells }) => {
    const parsed: ImportRow = { row, values: {}, faults: [] };
    for (const [index, column] of ordered) {
      if (column.exportOnly) continue;
      const reading = readLeadCell(column, cells[index], lookups, parsed.values.industryCode as string | undefined);
      if ('fault' in reading) parsed.faults.push({ column: column.key, reason: reading.fault });
      else if (reading.value !== undefined) parsed.values[column.key] = reading.value;
    }
    return parsed;
  });
}

/** The USCC a row names, as stored (null when none or not a valid one: the rules report that). */
export function usccOf(row: ImportRow): string | null {
  const value = row.values.uscc;
  if (typeof value !== 'string') return null;
  const check = validateUscc(normalizeUscc(value));
  return check.valid ? check.code : null;
}

/**
 * A row under the rules of `createLead` (or of `updateLead` for the lead with its USCC): the input
 * type's checks, then the lead's own rules; a row for an existing lead that changes nothing is
 * `unchanged`. Rows repeating an earlier row's USCC or name are refused, naming that row.
 */
export async function checkRow(
  row: ImportRow,
  current: Lead | undefined,
  earlier: { usccs: Map<string, number>; names: Map<string, number> },
): Promise<CheckedRow> {
  const faults = [...row.faults];
  const uscc = usccOf(row);
  const repeated = uscc ? earlier.usccs.get(uscc) : undefined;
  if (repeated !== undefined)
    faults.push(fault('uscc', `与第 ${repeated} 行的统一社会信用代码重复`, `the same USCC as row ${repeated}`));
  else if (uscc) earlier.usccs.set(uscc, row.row);
  if (!current) {
    // A cell that could not be read is reported as such, not as missing too.
    const given = (column: string) => !!row.values[column] || row.faults.some((f) => f.column === column);
    if (!given('companyName'))
      faults.push(fault('companyName', '新线索必须填写企业名称', 'a new lead needs a company name'));
    if (!given('source')) faults.push(fault('source', '新线索必须填写来源渠道', 'a new lead needs a source channel'));
    const name = typeof row.values.companyName === 'string' ? companyCore(row.values.companyName) : '';
    const similar = name ? earlier.names.get(name) : undefined;
    if (similar !== undefined) {
      faults.push(fault('companyName', `与第 ${similar} 行的企业名称相似`, `a name like that of row ${similar}`));
    } else if (name) earlier.names.set(name, row.row);
  }
  if (faults.length) return { row: row.row, kind: 'rejected', faults };

  const input = plainToInstance(current ? UpdateLeadInput : CreateLeadInput, row.values);
  const invalid = await validate(input, { whitelist: true, forbidUnknownValues: false });
  const checked = invalid.length ? toInputError(invalid).fields : [];
  const { fields, faults: ruleFaults } = toLeadFields(row.values, current);
  const all = [...checked, ...ruleFaults].map((f) => ({ column: f.field, reason: f.message }));
  if (all.length) return { row: row.row, kind: 'rejected', faults: all };
  if (!current) return { row: row.row, kind: 'create', fields };
  const changed = Object.fromEntries(
    Object.entries(fields).filter(([key, value]) => !same((current as unknown as Record<string, unknown>)[key], value)),
  ) as Partial<Lead>;
  if (!Object.keys(changed).length) return { row: row.row, kind: 'unchanged' };
  return { row: row.row, kind: 'update', current, fields: changed };
}

/** Equal as stored: numbers to the fen, lists in order, empty and null alike. */
function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    const x = (a ?? []) as unknown[];
    const y = (b ?? []) as unknown[];
    return x.length === y.length && x.every((value, i) => value === y[i]);
  }
  if (typeof a === 'number' || typeof b === 'number') {
    return a !== null && b !== null && Math.abs(Number(a) - Number(b)) < 0.005;
  }
  return (a ?? null) === (b ?? null);
}

function fault(column: string, zh: string, en: string): RowFault {
  return { column, reason: { zh, en } };
}
