import ExcelJS from 'exceljs';
import { graphqlRequest } from './graphql.js';

/**
 * An enterprise import .xlsx made from the API's own template: its header row names the fields
 * (uscc, name, the facts); each row is given by field name. Sample rows of the template are dropped.
 */
export const enterpriseXlsx = async (
  token: string,
  rows: readonly Record<string, string | number>[],
): Promise<Buffer> => {
  const { data } = await graphqlRequest<{ enterpriseImportTemplate: string }>(
    '{ enterpriseImportTemplate }',
    {},
    { token },
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(data!.enterpriseImportTemplate, 'base64') as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const headers = Array.from(sheet.getRow(1).values as unknown[], (value) => String(value ?? ''));
  const column = (field: string) => headers.indexOf(field);
  if (sheet.rowCount > 1) sheet.spliceRows(2, sheet.rowCount - 1);
  for (const values of rows) {
    const cells: unknown[] = [];
    for (const [field, value] of Object.entries(values)) cells[column(field)] = value;
    sheet.addRow(cells.slice(1));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
