import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { xlsxBomb } from '../support/xlsx-bomb.js';
import { startTestApp, type GqlResult, type TestApp } from '../support/test-app.js';

/**
 * Issue #10 point 1: a zip-bomb .xlsx (a few hundred KB inflating to millions of rows) and files
 * over the row limit are refused by both imports as BAD_USER_INPUT naming `file`, quickly and
 * without stalling the API: /health answers while three bombs are being refused.
 */

const IMPORTS = {
  importEnterprises: {
    mutation: 'mutation ($file: String!) { importEnterprises(file: $file) { rows } }',
    header: ['uscc', 'name'],
    row: ['91650104MA77XYZ12B', '炸弹测试企业'],
  },
  importLeads: {
    mutation: 'mutation ($file: String!) { importLeads(file: $file) { rows } }',
    header: ['企业名称', '来源渠道'],
    row: ['炸弹测试线索', '其他'],
  },
} as const;
type ImportName = keyof typeof IMPORTS;

let api: TestApp;
let staff: string;

const send = (name: ImportName, file: Buffer): Promise<GqlResult> =>
  api.gql(IMPORTS[name].mutation, { file: file.toString('base64') }, { token: staff, locale: 'en-US' });

function expectRefused(result: GqlResult, words: string): void {
  expect(result.data).toBeNull();
  const [error] = result.errors!;
  expect(error.extensions.code).toBe('BAD_USER_INPUT');
  expect(error.extensions.fields![0].field).toBe('file');
  expect(error.message).toContain(words);
}

beforeAll(async () => {
  api = await startTestApp({ redis: false });
  staff = (await api.userWithRole('BUREAU_STAFF')).token;
});
afterAll(() => api?.close());

describe.each(Object.keys(IMPORTS) as ImportName[])('%s', (name) => {
  const { header, row } = IMPORTS[name];

  it('refuses a zip bomb of three million rows by its inflated size', async () => {
    const bomb = await xlsxBomb({ header: [...header], row: [1], rows: 3_000_000 });
    expect(bomb.length).toBeLessThan(600 * 1024);
    expectRefused(await send(name, bomb), 'inflates to more than 48 MB');
  });

  it('refuses a bomb that understates its size', async () => {
    const bomb = await xlsxBomb({ header: [...header], row: [1], rows: 3_000_000, declaredSize: 20_000 });
    expectRefused(await send(name, bomb), 'does not match its declared size');
  });

  it('refuses a file of more than 5,000 rows, naming the limit', async () => {
    const file = await xlsxBomb({ header: [...header], row: [...row], rows: 5001 });
    expectRefused(await send(name, file), 'has more than 5000 rows');
  });
});

it('answers /health while three bombs are being refused', async () => {
  const bomb = await xlsxBomb({ header: ['企业名称', '来源渠道'], row: [1], rows: 3_000_000 });
  const liar = await xlsxBomb({ header: ['uscc', 'name'], row: [1], rows: 3_000_000, declaredSize: 40_000_000 });
  const imports = [send('importLeads', bomb), send('importEnterprises', liar), send('importLeads', liar)];
  const health = await fetch(`${api.url}/health`);
  expect(health.status).toBe(200);
  const results = await Promise.all(imports);
  for (const result of results) expect(result.errors![0].extensions.code).toBe('BAD_USER_INPUT');
});
