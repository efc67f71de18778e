import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import {
  IMPORT_COLUMNS,
  importColumnLabel,
  markRepeatedUsccs,
  readEnterpriseSheet,
  rejectionMessage,
} from './enterprise-import-sheet.js';
import { buildUscc } from './uscc.js';

const xlsx = async (rows: unknown[][]): Promise<string> => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('enterprises');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
};

/** The template's internal column keys that are no English word (uscc, techStaff, …): never in a message. */
const KEYS = new RegExp(`\\b(${IMPORT_COLUMNS.filter((c) => c === 'uscc' || /[A-Z0-9]/.test(c)).join('|')})\\b`);

describe('enterprise import: refused rows as people read them', () => {
  it('labels each column as the template does, in the caller language', () => {
    expect(importColumnLabel('uscc', 'zh-CN')).toBe('统一社会信用代码');
    expect(importColumnLabel('uscc', 'en-US')).toBe('Unified social credit code (USCC)');
    expect(importColumnLabel('name', 'zh-CN')).toBe('企业名称');
    expect(importColumnLabel('techStaff', 'zh-CN')).not.toMatch(/techStaff/);
    expect(importColumnLabel(null, 'zh-CN')).toBeNull();
    expect(importColumnLabel('noSuchColumn', 'en-US')).toBeNull();
    for (const column of IMPORT_COLUMNS) {
      expect(importColumnLabel(column, 'zh-CN')).not.toBe(column);
      expect(importColumnLabel(column, 'en-US')).toBeTruthy();
    }
  });

  it('names the row and the column label, never the key', () => {
    expect(rejectionMessage(3, 'uscc', '缺少统一社会信用代码', 'zh-CN')).toBe(
      '第 3 行“统一社会信用代码”：缺少统一社会信用代码',
    );
    expect(rejectionMessage(3, 'uscc', 'the USCC is missing', 'en-US')).toBe(
      'Row 3, Unified social credit code (USCC): the USCC is missing',
    );
    expect(rejectionMessage(7, null, '导入期间此企业已被他人修改', 'zh-CN')).toBe(
      '第 7 行：导入期间此企业已被他人修改',
    );
    expect(rejectionMessage(7, null, 'changed meanwhile', 'en-US')).toBe('Row 7: changed meanwhile');
  });

  it('reads a file whose every refused row reads without internal keys, in zh and en', async () => {
    const good = buildUscc('91650100', '12345678');
    const rows = await readEnterpriseSheet(
      await xlsx([
        ['uscc', '企业名称', 'employees', 'registeredAt', 'isHighTechCertified'],
        ['NOT-A-USCC', '代码错误', 10],
        [null, '没有代码', 'many'],
        [good, '好企业', 5, 'yesterday', 'maybe'],
        [good, '重复企业', 6],
      ]),
    );
    markRepeatedUsccs(rows);
    const faults = rows.flatMap((row) => row.faults.map((fault) => ({ row: row.row, ...fault })));
    expect(faults.map((f) => [f.row, f.column])).toEqual([
      [2, 'uscc'],
      [3, 'employees'],
      [3, 'uscc'],
      [4, 'registeredAt'],
      [4, 'isHighTechCertified'],
      [5, 'uscc'],
    ]);
    for (const locale of ['zh-CN', 'en-US'] as const) {
      for (const fault of faults) {
        const message = rejectionMessage(fault.row, fault.column, locale === 'en-US' ? fault.en : fault.zh, locale);
        expect(message).not.toMatch(KEYS);
        expect(message).toContain(locale === 'en-US' ? `Row ${fault.row}` : `第 ${fault.row} 行`);
        expect(message).toContain(importColumnLabel(fault.column, locale)!);
      }
    }
  });

  it('refuses a header without the USCC column by its label', async () => {
    await expect(readEnterpriseSheet(await xlsx([['企业名称'], ['某企业']]))).rejects.toMatchObject({
      message: expect.stringContaining('"Unified social credit code (USCC)" column'),
    });
  });
});
