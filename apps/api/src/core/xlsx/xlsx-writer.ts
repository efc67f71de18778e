import type { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { safeCellValue } from './formula-text.js';

export interface XlsxColumn {
  header: string;
  width?: number;
  numFmt?: string;
}

/** Adds a row of values with formula-like texts neutralised; committed at once when streaming. */
export function addSafeRow(sheet: ExcelJS.Worksheet, values: readonly unknown[], commit = false): ExcelJS.Row {
  const row = sheet.addRow(values.map((value) => safeCellValue(value)));
  if (commit) row.commit();
  return row;
}

/** Header row (bold, frozen) and column widths and formats, for a sheet of either writer. */
export function setUpColumns(sheet: ExcelJS.Worksheet, columns: readonly XlsxColumn[], commit = false): void {
  sheet.columns = columns.map((column, i) => ({
    key: String(i),
    width: column.width ?? 16,
    style: column.numFmt ? { numFmt: column.numFmt } : {},
  }));
  const header = addSafeRow(
    sheet,
    columns.map((column) => column.header),
    false,
  );
  header.font = { bold: true };
  if (commit) header.commit();
}

/** Resolves when the client has taken what was written, or has gone (a closed stream never drains). */
export const drainedOrClosed = (out: PassThrough): Promise<void> =>
  new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });

/**
 * Streams one sheet to `out` with exceljs's WorkbookWriter: rows are committed as they are added,
 * pages of the source are awaited one at a time, and the next page is read only once the client has
 * taken the last (backpressure); stops reading when the client goes away.
 */
export async function streamSheet(
  out: PassThrough,
  title: string,
  columns: readonly XlsxColumn[],
  pages: AsyncIterable<readonly (readonly unknown[])[]>,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(title, { views: [{ state: 'frozen', ySplit: 1 }] });
  setUpColumns(sheet, columns, true);
  for await (const page of pages) {
    for (const values of page) addSafeRow(sheet, values, true);
    if (out.writableNeedDrain) await drainedOrClosed(out);
    if (out.destroyed) return;
  }
  sheet.commit();
  await workbook.commit();
}

/** A small workbook in memory (templates): one sheet, the header row and the given rows, as base64. */
export async function workbookBase64(
  title: string,
  columns: readonly XlsxColumn[],
  rows: readonly (readonly unknown[])[],
  extra?: (workbook: ExcelJS.Workbook) => void,
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'uhtz-invest';
  const sheet = workbook.addWorksheet(title, { views: [{ state: 'frozen', ySplit: 1 }] });
  setUpColumns(sheet, columns);
  for (const values of rows) addSafeRow(sheet, values);
  extra?.(workbook);
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer).toString('base64');
}
