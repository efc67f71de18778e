import { PassThrough } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { readXlsx } from './xlsx-reader.js';
import { streamSheet } from './xlsx-writer.js';

async function* pages(): AsyncGenerator<unknown[][]> {
  yield [['=cmd|" /C calc"!A0', 1.5, null]];
  yield [
    ['+86 991 1234567', -3, '@SUM(A1:A2)'],
    ['新疆某某科技有限公司', 0, '-'],
  ];
}

describe('streamSheet', () => {
  it('writes every text cell that starts like a formula as text, and the reader gives the text back', async () => {
    const out = new PassThrough();
    const file = buffer(out);
    await streamSheet(
      out,
      '导出',
      [{ header: '名称' }, { header: '数值', numFmt: '0.00' }, { header: '备注' }],
      pages(),
    );
    const bytes = await file;

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as never);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('导出');
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(['\'=cmd|" /C calc"!A0', 1.5]);
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual(["'+86 991 1234567", -3, "'@SUM(A1:A2)"]);
    expect(sheet.getRow(2).getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect((sheet.getRow(4).values as unknown[]).slice(1)).toEqual(['新疆某某科技有限公司', 0, "'-"]);

    const read = await readXlsx(bytes);
    expect(read.header.slice(1)).toEqual(['名称', '数值', '备注']);
    expect(read.rows.map((r) => r.cells.slice(1))).toEqual([
      ['=cmd|" /C calc"!A0', 1.5],
      ['+86 991 1234567', -3, '@SUM(A1:A2)'],
      ['新疆某某科技有限公司', 0, '-'],
    ]);
  });
});
