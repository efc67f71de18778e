import { describe, expect, it } from '@jest/globals';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INDUSTRY_CATEGORIES, PARK_KINDS } from '../graphql/types';

type Tree = { [key: string]: string | Tree };

const SRC = fileURLToPath(new URL('..', import.meta.url));

const load = async (locale: string): Promise<Tree> =>
  JSON.parse(await readFile(join(SRC, 'i18n', `${locale}.json`), 'utf8')) as Tree;

/** Leaf keys, with i18next plural suffixes folded into their base key. */
const keys = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`]
      : keys(value, `${prefix}${key}.`),
  );

const sourceFiles = async (dir: string): Promise<string[]> => {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'gql' ? [] : sourceFiles(path);
      return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [path] : [];
    }),
  );
  return nested.flat();
};

describe('admin translations', () => {
  it('have every label in zh-CN and en-US', async () => {
    const zh = new Set(keys(await load('zh-CN')));
    const en = new Set(keys(await load('en-US')));
    expect([...zh].filter((key) => !en.has(key))).toEqual([]);
    expect([...en].filter((key) => !zh.has(key))).toEqual([]);
  });

  it('hold every key the code asks for', async () => {
    const zh = new Set(keys(await load('zh-CN')));
    const used = new Set<string>();
    for (const file of await sourceFiles(SRC)) {
      const text = await readFile(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)) if (match[1]) used.add(match[1]);
    }
    for (const kind of PARK_KINDS) used.add(`parks.kinds.${kind}`);
    for (const category of INDUSTRY_CATEGORIES) used.add(`industries.categories.${category}`);
    for (const role of ['ADMIN', 'BUREAU_STAFF', 'ENTERPRISE']) used.add(`roles.${role}`);
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((key) => !zh.has(key))).toEqual([]);
  });
});
