import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { xlsxBomb } from '../../../../../test/support/xlsx-bomb.js';
import { AppError } from '../errors/app-error.js';
import { neutraliseFormulaText, restoreFormulaText } from './formula-text.js';
import { readXlsx, type XlsxReadStats } from './xlsx-reader.js';
import { workbookBase64 } from './xlsx-writer.js';

async function workbook(rows: unknown[][], build?: (book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('data');
  for (const row of rows) sheet.addRow(row);
  build?.(book);
  return Buffer.from((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The BAD_USER_INPUT a read is refused with: its field and English text. */
async function refusal(read: Promise<unknown>): Promise<{ field: string; en: string; zh: string }> {
  try {
    await read;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const appError = error as AppError;
    expect(appError.code).toBe('BAD_USER_INPUT');
    return { field: appError.fields[0].field, en: appError.fields[0].message.en, zh: appError.fields[0].message.zh };
  }
  throw new Error('the read was not refused');
}

const stats = (): XlsxReadStats => ({ inflatedBytes: 0, rowsRead: 0 });

describe('readXlsx', () => {
  it('reads the header and the data rows of the first sheet, skipping empty rows, from a Buffer or base64', async () => {
    const file = await workbook([
      ['名称', '数量', '日期'],
      ['甲', 1, new Date(Date.UTC(2024, 0, 31))],
      [],
      ['乙', { formula: '1+1', result: 2 }, null],
    ]);
    for (const input of [
      file,
      file.toString('base64'),
      `data:application/octet-stream;base64,${file.toString('base64')}`,
    ]) {
      const sheet = await readXlsx(input);
      expect(sheet.header.slice(1)).toEqual(['名称', '数量', '日期']);
      expect(sheet.rows.map((r) => r.row)).toEqual([2, 4]);
      expect(sheet.rows[0].cells.slice(1)).toEqual(['甲', 1, new Date(Date.UTC(2024, 0, 31))]);
      expect(sheet.rows[1].cells[2]).toEqual({ formula: '1+1', result: 2 });
    }
  });

  it('reads shared strings, and gives back the text of a neutralised formula-like cell', async () => {
    const base64 = await workbookBase64(
      't',
      [{ header: 'a' }, { header: 'b' }],
      [['=HYPERLINK("http://x")', '@SUM(1)']],
    );
    const sheet = await readXlsx(base64);
    expect(sheet.rows[0].cells.slice(1)).toEqual(['=HYPERLINK("http://x")', '@SUM(1)']);
    expect(neutraliseFormulaText('-2+3')).toBe("'-2+3");
    expect(neutraliseFormulaText('新疆某某公司')).toBe('新疆某某公司');
    expect(restoreFormulaText("'+86 991")).toBe('+86 991');
    expect(restoreFormulaText("'plain")).toBe("'plain");
  });

  it('refuses a file that is not an .xlsx, naming the argument', async () => {
    expect(await refusal(readXlsx(Buffer.from('hello, world')))).toMatchObject({
      field: 'file',
      en: expect.stringContaining('not an .xlsx'),
    });
    expect((await refusal(readXlsx(Buffer.from('x'), {}, stats(), 'upload'))).field).toBe('upload');
    // A zip that is no workbook (a .docx, say).
    const { zipOf } = await import('../../../../../test/support/xlsx-bomb.js');
    expect((await refusal(readXlsx(zipOf([])))).en).toContain('not an .xlsx');
  });

  it('stops at the first row past the limit, naming the limit', async () => {
    const rows = [['n'], ...Array.from({ length: 300 }, (_, i) => [i])];
    const seen = stats();
    const refused = await refusal(readXlsx(await workbook(rows), { maxRows: 100 }, seen));
    expect(refused.en).toBe('has more than 100 rows (the limit per import)');
    expect(refused.zh).toContain('超过 100 行');
    expect(seen.rowsRead).toBe(102); // the header, 100 rows and the one too many
    expect((await readXlsx(await workbook(rows.slice(0, 101)), { maxRows: 100 })).rows).toHaveLength(100);
  });

  it('refuses a cell longer than the limit, naming the cell', async () => {
    const refused = await refusal(
      readXlsx(
        await workbook([
          ['a', 'b'],
          ['ok', 'x'.repeat(50)],
        ]),
        { maxCellLength: 40 },
      ),
    );
    expect(refused.en).toBe('has a cell (B2) longer than 40 characters');
  });

  it('refuses a zip bomb by its declared size before inflating anything', async () => {
    const bomb = await xlsxBomb({ header: ['a'], row: ['x'], rows: 200_000 }); // ≈ 9 MB of XML
    expect(bomb.length).toBeLessThan(100_000);
    const seen = stats();
    const refused = await refusal(readXlsx(bomb, { maxInflatedBytes: 1024 * 1024 }, seen));
    expect(refused.en).toContain('inflates to more than 1 MB');
    expect(seen.inflatedBytes).toBe(0);
    expect(seen.rowsRead).toBe(0);
  });

  it('refuses a bomb that lies about its size as soon as it inflates past what it declared', async () => {
    const bomb = await xlsxBomb({ header: ['a'], row: ['x'], rows: 200_000, declaredSize: 10_000 });
    const seen = stats();
    const refused = await refusal(readXlsx(bomb, { maxInflatedBytes: 1024 * 1024 }, seen));
    expect(refused.en).toContain('does not match its declared size');
    // Stopped within a few inflate chunks of the lie, far from the 9 MB it holds.
    expect(seen.inflatedBytes).toBeLessThan(200_000);
    expect(seen.rowsRead).toBe(0);
  });

  it('reads an honest many-row file within the size limit only up to the row limit', async () => {
    const bomb = await xlsxBomb({ header: ['a'], row: ['x'], rows: 200_000 });
    const seen = stats();
    const refused = await refusal(readXlsx(bomb, { maxRows: 5000 }, seen));
    expect(refused.en).toContain('more than 5000 rows');
    expect(seen.rowsRead).toBe(5002);
  });
});
