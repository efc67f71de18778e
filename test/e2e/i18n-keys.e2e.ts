import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO_ROOT } from './support/paths.js';

type Tree = { [key: string]: string | Tree };

const load = async (locale: string): Promise<Tree> =>
  JSON.parse(await readFile(join(REPO_ROOT, 'apps/admin/src/i18n', `${locale}.json`), 'utf8')) as Tree;

/** Leaf keys, with i18next plural suffixes folded into their base key. */
const keys = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`]
      : keys(value, `${prefix}${key}.`),
  );

describe('admin translations', () => {
  it('have every label in zh-CN and en-US', async () => {
    const zh = new Set(keys(await load('zh-CN')));
    const en = new Set(keys(await load('en-US')));
    expect([...zh].filter((key) => !en.has(key))).toEqual([]);
    expect([...en].filter((key) => !zh.has(key))).toEqual([]);
  });
});
