import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { crumbsWithTitle, CUSTOM_PAGE_TITLES, customPageTitle, isCustomRoute } from './page-titles';

const routes = [...readFileSync(new URL('./app-routes.tsx', import.meta.url), 'utf8').matchAll(/path: '([^']+)'/g)].map(
  (match) => match[1]!,
);

describe('page titles of custom routes', () => {
  it('knows a custom route from a resource page', () => {
    expect(isCustomRoute('/enterprises/import')).toBe(true);
    expect(isCustomRoute('/leads/:id/history')).toBe(true);
    for (const path of ['/enterprises', '/parks/create', '/parks/:id', '/parks/:id/edit']) {
      expect(isCustomRoute(path)).toBe(false);
    }
  });

  it('gives every custom route of the app its own title', () => {
    expect(routes.length).toBeGreaterThan(20);
    const custom = routes.filter(isCustomRoute);
    expect(custom).toEqual(expect.arrayContaining(['/enterprises/import', '/leads/import']));
    for (const path of custom) expect(customPageTitle(path)).not.toBeNull();
    for (const { path } of CUSTOM_PAGE_TITLES) expect(routes).toContain(path);
  });

  it('puts the page title in place of the action label', () => {
    const crumbs = [{ label: '企业档案', href: '/enterprises' }, { label: '新建' }];
    expect(crumbsWithTitle(crumbs, 'create', '批量导入企业')).toEqual([
      { label: '企业档案', href: '/enterprises' },
      { label: '批量导入企业' },
    ]);
    expect(crumbsWithTitle([{ label: '招商线索', href: '/leads' }], 'list', '导入招商线索')).toEqual([
      { label: '招商线索', href: '/leads' },
      { label: '导入招商线索' },
    ]);
    expect(crumbsWithTitle(crumbs, 'create', null)).toEqual(crumbs);
  });
});
