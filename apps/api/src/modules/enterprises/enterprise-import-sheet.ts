import ExcelJS from 'exceljs';
import { FACTS } from '#matching';
import { ENTERPRISE_TIERS, INDUSTRIES, OWNERSHIPS, POLLUTION_CATEGORIES } from '#plan-data';
import { AppError, text } from '../../core/errors/app-error.js';
import type { Locale } from '../../core/errors/locale.js';
import { readXlsx } from '../../core/xlsx/xlsx-reader.js';
import {
  CONTACT_LABELS,
  isStoredFact,
  PROFILE_FIELDS,
  readCell,
  cellPrimitive,
  type ProfileField,
  type ProfileValues,
} from './enterprise-profile.js';
import { validateUscc } from './uscc.js';

// The enterprise import's file: its columns, reading its rows, and the template to fill in.

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

/** A column as the import template labels it (its note and guide), in the caller's language; null for none or one the template lacks. */
export function importColumnLabel(column: string | null, locale: Locale): string | null {
  if (!column || !(IMPORT_COLUMNS as readonly string[]).includes(column)) return null;
  const label = columnLabel(column as Column);
  return locale === 'en-US' ? label.en : label.zh;
}

/**
 * A refused row's message as a person reads it: the row number, the column by its template label
 * (never its internal key), and the reason (`第 3 行“统一社会信用代码”：…` / `Row 3, Unified social credit code (USCC): …`).
 */
export function rejectionMessage(row: number, column: string | null, reason: string, locale: Locale): string {
  const label = importColumnLabel(column, locale);
  if (locale === 'en-US') return label ? `Row ${row}, ${label}: ${reason}` : `Row ${row}: ${reason}`;
  return label ? `第 ${row} 行“${label}”：${reason}` : `第 ${row} 行：${reason}`;
}

/** Header text → column: the vocabulary names (any case) and the Chinese labels. */
const HEADER_ALIASES: ReadonlyMap<string, Column> = new Map(
  IMPORT_COLUMNS.flatMap((column) => [
    [column.toLowerCase(), column] as const,
    [columnLabel(column).zh, column] as const,
  ]),
);

/** One row of the file: its number, its USCC (as written and checked), its values and what is wrong with it. */
export interface ParsedRow {
  row: number;
  usccText: string | null;
  uscc: string | null;
  values: ProfileValues;
  faults: { column: string | null; zh: string; en: string }[];
}

/**
 * The rows of the file, each with the faults found in reading it; a file that is no spreadsheet,
 * a zip bomb or one of more than MAX_IMPORT_ROWS rows is refused (the shared safe reader).
 */
export async function readEnterpriseSheet(base64: string): Promise<ParsedRow[]> {
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
        `表头中有无法识别的列：${unknown.join('、')}（列名应与导入模板一致，见模板中的“说明”表）`,
        `has columns the import does not know: ${unknown.join(', ')} (headers must be those of the import template; see its Guide sheet)`,
      ),
    );
  }
  if (![...columns.values()].includes('uscc')) {
    const label = columnLabel('uscc');
    throw AppError.field('file', text(`表头缺少“${label.zh}”列`, `has no "${label.en}" column in its header row`));
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
    if (!parsed.usccText) parsed.faults.push({ column: 'uscc', zh: '缺少统一社会信用代码', en: 'the USCC is missing' });
    rows.push(parsed);
  }
  return rows;
}

/** The import template: a header row of column names (labels as notes), a guide and the codes. */
export async function enterpriseImportTemplate(): Promise<string> {
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
    for (const segment of industry.segments) codes.addRow([industry.code, segment.code, segment.name, segment.nameEn]);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer as ArrayBuffer).toString('base64');
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

/** A USCC the file already had on an earlier row is a fault of the later row (over the whole file, before any batch). */
export function markRepeatedUsccs(rows: readonly ParsedRow[]): void {
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (!row.uscc) continue;
    const first = seen.get(row.uscc);
    if (first === undefined) seen.set(row.uscc, row.row);
    else
      row.faults.push({
        column: 'uscc',
        zh: `与第 ${first} 行的统一社会信用代码重复`,
        en: `the same USCC as row ${first}`,
      });
  }
}
