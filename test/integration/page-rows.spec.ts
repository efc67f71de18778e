import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { readPageRows } from '../../apps/api/src/core/graphql/page-rows.js';
import { User } from '../../apps/api/src/core/users/user.entity.js';
import { Enterprise } from '../../apps/api/src/modules/enterprises/enterprise.entity.js';
import { Lead } from '../../apps/api/src/modules/leads/lead.entity.js';
import { PolicyMatchRecord } from '../../apps/api/src/modules/matching/policy-match.entity.js';
import { Park } from '../../apps/api/src/modules/parks/park.entity.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * List pages read their rows with `readPageRows` (getRawMany and the driver's own conversion) instead
 * of TypeORM's hydration: every value a list shows — dates, numbers, transformed numerics, arrays,
 * JSON, nulls, a joined many-to-one — must be what TypeORM itself would load.
 */
describe('page rows', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp({ redis: false, env: { OUTBOX_POLL_MS: '3600000' } });
    const db = api.dataSource;
    await db.query(
      `INSERT INTO enterprises (uscc, name, "parkCode", "createdAt", "factMeta")
       SELECT 'PAGEROWS' || lpad(i::text, 10, '0'), '读行企业' || i,
              CASE WHEN i % 3 = 0 THEN NULL ELSE (SELECT code FROM parks ORDER BY code OFFSET i % 5 LIMIT 1) END,
              '2026-06-01T00:00:00.123Z'::timestamptz + i * interval '1 microsecond', '{}'
         FROM generate_series(1, 30) AS i`,
    );
    await db.query(
      `INSERT INTO policy_matches ("enterpriseId", "policyId", outcome, benefit, "factsHash", "engineVersion", "asOf")
       SELECT e.id, p.id, CASE WHEN e.n % 2 = 0 THEN 'ELIGIBLE' ELSE 'INELIGIBLE' END, e.n * 1000.5, 'h', 't', CURRENT_DATE
         FROM (SELECT id, row_number() OVER (ORDER BY uscc) AS n FROM enterprises) e,
              (SELECT id FROM policies WHERE status = 'PUBLISHED' ORDER BY code LIMIT 2) p`,
    );
    await db.query(
      `INSERT INTO leads ("companyName", source, stage, "ownerId", "targetParkId", "plannedInvestment", "nextActionDate")
       SELECT '读行线索' || i, 'REFERRAL', 'LEAD', (SELECT id FROM users ORDER BY id LIMIT 1),
              CASE WHEN i % 2 = 0 THEN NULL ELSE (SELECT id FROM parks ORDER BY code OFFSET i % 4 LIMIT 1) END,
              CASE WHEN i % 3 = 0 THEN NULL ELSE i * 12.25 END, CASE WHEN i % 2 = 0 THEN CURRENT_DATE + i END
         FROM generate_series(1, 30) AS i`,
    );
  });
  afterAll(async () => {
    await api?.close();
  });

  const both = async <T extends ObjectLiteral>(make: () => SelectQueryBuilder<T>) => ({
    read: await readPageRows(make()),
    typeorm: await make().getMany(),
  });

  it('reads every column of a page as TypeORM hydrates it', async () => {
    const db = api.dataSource;
    for (const target of [Enterprise, Lead, Park, User, PolicyMatchRecord] as const) {
      const { read, typeorm } = await both(() =>
        db.getRepository<ObjectLiteral>(target).createQueryBuilder('x').orderBy('x.id').take(60),
      );
      expect(read).not.toBeNull();
      expect(typeorm.length).toBeGreaterThan(0);
      // The same values; the rows are instances of the class made without its constructor (TypeORM's
      // entitySkipConstructor), so the columns not read are absent rather than own undefined properties.
      expect(read!.rows).toEqual(typeorm);
      expect(read!.rows.every((row) => row instanceof target)).toBe(true);
      expect(Object.keys(read!.rows[0]).sort()).toEqual(
        Object.keys(typeorm[0])
          .filter((key) => typeorm[0][key] !== undefined)
          .sort(),
      );
    }
  });

  it('reads the selected columns and a joined many-to-one as TypeORM does', async () => {
    const db = api.dataSource;
    const make = () =>
      db
        .getRepository(PolicyMatchRecord)
        .createQueryBuilder('m')
        .select(['m.id', 'm.outcome', 'm.benefit', 'm.missingFacts', 'm.enterpriseId'])
        .innerJoin('m.enterprise', 'qe')
        .addSelect(['qe.id', 'qe.name', 'qe.parkCode', 'qe.createdAt'])
        .orderBy('m.benefit', 'DESC')
        .addOrderBy('m.id', 'DESC')
        .limit(40);
    const read = await readPageRows(make(), { relation: 'enterprise', alias: 'qe' });
    const typeorm = await make().getMany();
    expect(read).not.toBeNull();
    expect(typeorm).toHaveLength(40);
    expect(read!.rows).toEqual(typeorm);
    expect(read!.rows[0]).toBeInstanceOf(PolicyMatchRecord);
    expect(read!.rows[0].enterprise).toBeInstanceOf(Enterprise);
  });

  it('leaves queries of other shapes to TypeORM', async () => {
    const query = api.dataSource
      .getRepository(PolicyMatchRecord)
      .createQueryBuilder('m')
      .leftJoinAndSelect('m.enterprise', 'qe')
      .leftJoinAndSelect('m.policy', 'p');
    expect(await readPageRows(query, { relation: 'enterprise', alias: 'qe' })).toBeNull();
  });
});
