import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Lists send the same SQL statements for a page of 10 as for a page of 100 (the related rows come
 * through per-request loaders, one query per relation and page; parks' names from a per-process
 * cache dropped when a park is written), count only when `totalCount` is
 * asked, and page through rows created in the same microsecond-distinct millisecond without loss.
 */
describe('list statements per request', () => {
  let api: TestApp;
  let token: string;
  let policyId: string;
  let statements = 0;

  beforeAll(async () => {
    api = await startTestApp({ redis: false, env: { OUTBOX_POLL_MS: '3600000' } });
    token = await api.adminToken();
    const db = api.dataSource;
    await db.query(
      `INSERT INTO enterprises (uscc, name, "parkCode", "createdAt", "factMeta")
       SELECT 'LISTSTMT' || lpad(i::text, 10, '0'), '列表企业' || i,
              CASE WHEN i % 3 = 0 THEN NULL ELSE (SELECT code FROM parks ORDER BY code OFFSET i % 5 LIMIT 1) END,
              -- 120 rows in one millisecond, a microsecond apart
              '2026-06-01T00:00:00.123Z'::timestamptz + i * interval '1 microsecond', '{}'
         FROM generate_series(1, 120) AS i`,
    );
    [{ id: policyId }] = await db.query(`SELECT id FROM policies WHERE status = 'PUBLISHED' ORDER BY code LIMIT 1`);
    await db.query(
      `INSERT INTO policy_matches ("enterpriseId", "policyId", outcome, benefit, "factsHash", "engineVersion", "asOf")
       SELECT e.id, p.id, CASE WHEN e.n % 2 = 0 THEN 'ELIGIBLE' ELSE 'INELIGIBLE' END, e.n * 1000, 'h', 't', CURRENT_DATE
         FROM (SELECT id, row_number() OVER (ORDER BY uscc) AS n FROM enterprises) e,
              (SELECT id FROM policies WHERE status = 'PUBLISHED') p`,
    );
    await db.query(
      `INSERT INTO leads ("companyName", source, stage, "ownerId", "targetParkId")
       SELECT '列表线索' || i, 'REFERRAL', 'LEAD', (SELECT id FROM users ORDER BY id LIMIT 1),
              (SELECT id FROM parks ORDER BY code OFFSET i % 4 LIMIT 1)
         FROM generate_series(1, 120) AS i`,
    );
    const logger = db.logger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, runner) => {
      statements++;
      return logQuery(query, parameters, runner);
    };
  });
  afterAll(async () => {
    await api?.close();
  });

  /** Statements the API sent for one request (the token's user is in the 5 s cache after the first). */
  const count = async (query: string, variables: Record<string, unknown>) => {
    await api.gql(query, variables, { token });
    const before = statements;
    const result = await api.gql(query, variables, { token });
    expect(result.errors).toBeUndefined();
    return { sent: statements - before, data: result.data as any };
  };

  const ENTERPRISES = `query ($first: Int!) { enterprises(first: $first) { edges { node { id name park { id name } eligiblePolicyCount } } } }`;

  it('sends as many statements for the enterprises page of 100 as for 10, with parks and eligible counts', async () => {
    const small = await count(ENTERPRISES, { first: 10 });
    const large = await count(ENTERPRISES, { first: 100 });
    expect(large.data.enterprises.edges).toHaveLength(100);
    // One: the eligible counts are read in the page's statement, the parks' names come from the
    // per-process reference cache.
    expect(small.sent).toBe(1);
    expect(large.sent).toBe(small.sent);
    const withPark = large.data.enterprises.edges.filter((e: any) => e.node.park);
    expect(withPark.length).toBeGreaterThan(50);
    expect(new Set(large.data.enterprises.edges.map((e: any) => e.node.eligiblePolicyCount)).size).toBeGreaterThan(1);
  });

  it("reads a park's other fields from the database, and a renamed park's new name at once", async () => {
    const withKind = await count('{ enterprises(first: 10) { edges { node { id park { id name kind } } } } }', {});
    expect(withKind.sent).toBe(2); // the page, the parks (kind is not in the names cache)
    const park = withKind.data.enterprises.edges.find((e: any) => e.node.park).node.park;
    const [{ version }] = await api.dataSource.query('SELECT version FROM parks WHERE id = $1', [park.id]);
    const renamed = await api.gql(
      'mutation ($id: ID!, $version: Int!, $input: UpdateParkInput!) { updatePark(id: $id, version: $version, input: $input) { id name } }',
      { id: park.id, version, input: { name: `${park.name}（新）` } },
      { token },
    );
    expect(renamed.errors).toBeUndefined();
    const after = await api.gql('{ enterprises(first: 10) { edges { node { id park { id name } } } } }', {}, { token });
    const names = (after.data as any).enterprises.edges
      .filter((e: any) => e.node.park?.id === park.id)
      .map((e: any) => e.node.park.name);
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names)).toEqual(new Set([`${park.name}（新）`]));
  });

  it('counts only when totalCount is asked', async () => {
    const without = await count('{ enterprises(first: 10) { edges { node { id } } } }', {});
    const withCount = await count('{ enterprises(first: 10) { totalCount edges { node { id } } } }', {});
    expect(without.sent).toBe(1);
    expect(withCount.sent).toBe(2);
    expect(withCount.data.enterprises.totalCount).toBe(120);
  });

  it('sends as many statements for a kanban column and a policy match list of 100 as of 10', async () => {
    const LEADS = `query ($first: Int!) { leads(filter: { stage: LEAD }, first: $first) { totalCount
      edges { node { id companyName ownerName overdue aftercareOverdue targetPark { id name } } } } }`;
    const QUALIFIERS = `query ($policyId: ID!, $first: Int!) { policyQualifiers(policyId: $policyId, first: $first) {
      edges { node { id outcome benefit gapText enterprise { id name } } } } }`;
    const leads10 = await count(LEADS, { first: 10 });
    const leads100 = await count(LEADS, { first: 100 });
    expect(leads100.data.leads.edges).toHaveLength(100);
    // One: owner names, the aftercare flag and totalCount are read in the page's statement.
    expect(leads10.sent).toBe(1);
    expect(leads100.sent).toBe(leads10.sent);
    expect(leads10.data.leads.totalCount).toBe(120);
    const [{ name: ownerName }] = await api.dataSource.query('SELECT name FROM users ORDER BY id LIMIT 1');
    expect(new Set(leads100.data.leads.edges.map((e: any) => e.node.ownerName))).toEqual(new Set([ownerName]));
    expect(leads100.data.leads.edges.every((e: any) => e.node.aftercareOverdue === false)).toBe(true);
    const q10 = await count(QUALIFIERS, { policyId, first: 10 });
    const q100 = await count(QUALIFIERS, { policyId, first: 100 });
    expect(q100.data.policyQualifiers.edges).toHaveLength(100);
    // One: the rows' enterprises (the selected columns) are joined in the page's statement.
    expect(q10.sent).toBe(1);
    expect(q100.sent).toBe(q10.sent);
    const [{ name: first }] = await api.dataSource.query(
      `SELECT e.name FROM policy_matches m JOIN enterprises e ON e.id = m."enterpriseId"
        WHERE m."policyId" = $1 ORDER BY m.benefit DESC, m.id DESC LIMIT 1`,
      [policyId],
    );
    expect(q100.data.policyQualifiers.edges[0].node.enterprise.name).toBe(first);
  });

  it("counts a kanban column's every card on any page, and on a page past the last", async () => {
    await api.dataSource.query(
      `UPDATE leads SET stage = 'CONTACTED' WHERE "companyName" IN ('列表线索1', '列表线索2')`,
    );
    const PAGE = `query ($after: String) { leads(filter: { stage: LEAD }, first: 100, after: $after) { totalCount
      pageInfo { endCursor } edges { node { id } } } }`;
    const first: any = await api.gql(PAGE, { after: null }, { token });
    expect(first.data.leads.totalCount).toBe(118);
    const second: any = await api.gql(PAGE, { after: first.data.leads.pageInfo.endCursor }, { token });
    expect(second.data.leads.edges).toHaveLength(18);
    expect(second.data.leads.totalCount).toBe(118);
    const past: any = await api.gql(PAGE, { after: second.data.leads.pageInfo.endCursor }, { token });
    expect(past.data.leads.edges).toHaveLength(0);
    expect(past.data.leads.totalCount).toBe(118);
  });

  it('pages through rows a microsecond apart without skipping or repeating one', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await api.gql(
        'query ($after: String) { enterprises(first: 7, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id name } } } }',
        { after },
        { token },
      );
      seen.push(...page.data.enterprises.edges.map((e: any) => e.node.id));
      if (!page.data.enterprises.pageInfo.hasNextPage) break;
      after = page.data.enterprises.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
  });
});
