import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError, text } from '../errors/app-error.js';
import { findTextFaults } from '../text/broken-text.js';
import { restoreFormulaText } from './formula-text.js';
import { checkInflatedSizes, listZipEntries, ZipRefused, type ZipRefusal } from './zip-guard.js';

export interface XlsxLimits {
  /** Data rows (after the header) a file may hold. */
  maxRows: number;
  /** Sum of the inflated sizes of the file's parts: a zip bomb is refused at this size. */
  maxInflatedBytes: number;
  /** Characters in one cell. */
  maxCellLength: number;
  /** Parts of the zip (a workbook has a dozen or so). */
  maxEntries: number;
}

export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxRows: 5000,
  maxInflatedBytes: 48 * 1024 * 1024,
  maxCellLength: 4000,
  maxEntries: 500,
};

/** A data row: its spreadsheet number (the header is 1) and its cell values by column (1-based). */
export interface XlsxRow {
  row: number;
  cells: unknown[];
}

export interface XlsxSheet {
  /** The header row's texts by column (1-based; empty where blank). */
  header: string[];
  rows: XlsxRow[];
}

/** How far reading went: the tests check that a refused file was not read to its end. */
export interface XlsxReadStats {
  inflatedBytes: number;
  rowsRead: number;
}

const NOT_XLSX = text('不是有效的 .xlsx 文件（请使用导入模板）', 'is not an .xlsx file (use the import template)');

/**
 * Reads the first worksheet of an .xlsx (a Buffer, or base64 as GraphQL arguments carry it) as
 * rows of cell values, within limits: the zip's parts are checked (declared and actual inflated
 * sizes, without keeping the inflated bytes) before exceljs's streaming WorkbookReader parses it,
 * and the parse stops at the first row past `maxRows`. Every refusal is BAD_USER_INPUT naming `field`.
 */
export async function readXlsx(
  file: string | Buffer,
  limits: Partial<XlsxLimits> = {},
  stats: XlsxReadStats = { inflatedBytes: 0, rowsRead: 0 },
  field = 'file',
): Promise<XlsxSheet> {
  const max: XlsxLimits = { ...DEFAULT_XLSX_LIMITS, ...limits };
  const buffer = typeof file === 'string' ? Buffer.from(file.replace(/^data:[^,]*,/, ''), 'base64') : file;
  try {
    const entries = listZipEntries(buffer, max);
    if (!entries.some((entry) => entry.name === 'xl/workbook.xml')) throw AppError.field(field, NOT_XLSX);
    await checkInflatedSizes(buffer, entries, max, stats);
  } catch (error) {
    if (error instanceof ZipRefused) throw refusal(field, error.refusal);
    throw error;
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buffer]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache', // dates are numbers with a date format
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    for await (const worksheet of reader) {
      return await readSheet(worksheet, max, stats, field);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw AppError.field(field, NOT_XLSX); // a part exceljs cannot parse
  }
  throw AppError.field(field, text('文件中没有工作表', 'has no worksheet'));
}

async function readSheet(
  worksheet: AsyncIterable<ExcelJS.Row>,
  max: XlsxLimits,
  stats: XlsxReadStats,
  field: string,
): Promise<XlsxSheet> {
  let header: string[] | null = null;
  const rows: XlsxRow[] = [];
  let last = 0;
  for await (const excelRow of worksheet) {
    // A <row> without its number (no r attribute) follows the one before.
    const number = Number.isFinite(excelRow.number) ? excelRow.number : last + 1;
    last = number;
    stats.rowsRead += 1;
    const cells = checkedCells(excelRow, number, max, field);
    if (number === 1) {
      header = cells.map((cell) => (cell === undefined || cell === null ? '' : String(cellText(cell)).trim()));
      continue;
    }
    if (!cells.some((cell) => cellText(cell) !== '')) continue;
    if (rows.length >= max.maxRows) {
      // Stop here: the rest of the sheet is never parsed.
      throw AppError.field(
        field,
        text(
          `超过 ${max.maxRows} 行（一次最多导入 ${max.maxRows} 行）`,
          `has more than ${max.maxRows} rows (the limit per import)`,
        ),
      );
    }
    rows.push({ row: number, cells });
  }
  return { header: header ?? [], rows };
}

/** The row's values (1-based), with each text checked for length and storable characters. */
function checkedCells(excelRow: ExcelJS.Row, number: number, max: XlsxLimits, field: string): unknown[] {
  const values = (Array.isArray(excelRow.values) ? excelRow.values : []) as unknown[];
  const cells: unknown[] = [];
  values.forEach((value, column) => {
    const textValue = cellText(value);
    const where = `${columnLetter(column)}${number}`;
    if (textValue.length > max.maxCellLength) {
      throw AppError.field(
        field,
        text(
          `单元格 ${where} 超过 ${max.maxCellLength} 个字符`,
          `has a cell (${where}) longer than ${max.maxCellLength} characters`,
        ),
      );
    }
    if (findTextFaults(textValue, '').length) {
      throw AppError.field(
        field,
        text(
          `单元格 ${where} 含有无法保存的字符（如 NUL）`,
          `has a cell (${where}) with characters that cannot be stored`,
        ),
      );
    }
    cells[column] = typeof value === 'string' ? restoreFormulaText(value) : value;
  });
  return cells;
}

/** The text a cell shows: strings, rich text, a formula's result; '' when empty. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
    if ('result' in o) return cellText(o.result);
    if ('text' in o) return cellText(o.text);
    if ('error' in o) return String(o.error);
  }
  return String(value);
}

/** 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

function refusal(field: string, zip: ZipRefusal): AppError {
  switch (zip.kind) {
    case 'TOO_LARGE': {
      const mb = Math.round(zip.limit / 1024 / 1024);
      return AppError.field(
        field,
        text(`解压后超过 ${mb} MB，无法导入（请拆分文件）`, `inflates to more than ${mb} MB (split the file)`),
      );
    }
    case 'TOO_MANY_ENTRIES':
      return AppError.field(field, text(`压缩包内文件超过 ${zip.limit} 个`, `holds more than ${zip.limit} parts`));
    case 'SIZE_MISMATCH':
      return AppError.field(
        field,
        text(`已损坏：${zip.entry} 的大小与声明不符`, `is damaged: ${zip.entry} does not match its declared size`),
      );
    default:
      return AppError.field(field, NOT_XLSX);
  }
}
