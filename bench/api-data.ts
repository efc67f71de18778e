import type pg from 'pg';

/**
 * The API bench's data, made with set-based SQL (INSERT … SELECT generate_series) on a database the
 * API has migrated and seeded (parks, industries, the published seed policies): `enterprises`
 * enterprises (newest a minute apart, three in four in a seeded park, industries and tiers spread),
 * each matched against every published policy (about a third ELIGIBLE, some near misses with a
 * gap), and one lead for every two enterprises across the pipeline's stages, with owners and
 * target parks. Deterministic (no random()): the same N gives the same rows.
 */
export async function makeApiBenchData(
  db: pg.Client,
  enterprises: number,
  ownerIds: string[],
  /** false: the enterprises only (the EXPLAIN script's 100,000 without 1.2 M match rows). */
  related = true,
): Promise<void> {
  await db.query(
    `INSERT INTO enterprises (uscc, name, industry, tier, "parkCode", revenue, employees, "techStaff",
                              "rdExpense", "registeredAt", "createdAt", "updatedAt", "factMeta")
     SELECT 'BENCH' || lpad(i::text, 13, '0'),
            '基准企业' || i || '有限公司',
            ind.codes[1 + i % array_length(ind.codes, 1)],
            CASE WHEN i % 5 = 0 THEN NULL ELSE (ARRAY['TECH_SME', 'HIGH_TECH', 'LITTLE_GIANT', 'LEADING'])[1 + i % 4] END,
            CASE WHEN i % 4 = 3 THEN NULL ELSE pk.codes[1 + i % array_length(pk.codes, 1)] END,
            (i % 997) * 100000, 10 + i % 300, i % 60, (i % 97) * 20000,
            DATE '2010-01-01' + (i % 5000),
            now() - i * interval '1 minute' - (i % 7) * interval '3 microseconds',
            now() - i * interval '1 minute',
            '{}'
       FROM generate_series(1, $1::int) AS i,
            (SELECT array_agg(code ORDER BY code) AS codes FROM industries) AS ind,
            (SELECT array_agg(code ORDER BY code) AS codes FROM parks) AS pk`,
    [enterprises],
  );
  if (!related) {
    await db.query('ANALYZE enterprises');
    return;
  }
  await db.query(
    `INSERT INTO policy_matches ("enterpriseId", "policyId", outcome, benefit, "missingFacts", gaps, "nearMiss",
                                 "factsHash", "engineVersion", "asOf")
     SELECT e.id, p.id,
            (ARRAY['ELIGIBLE', 'INELIGIBLE', 'NEEDS_INFO'])[1 + (e.n + p.n) % 3],
            CASE WHEN (e.n + p.n) % 3 = 0 THEN ((e.n * 7919 + p.n * 104729) % 500 + 1) * 1000 ELSE 0 END,
            CASE WHEN (e.n + p.n) % 3 = 2 THEN ARRAY['revenue'] ELSE '{}' END,
            CASE WHEN (e.n + p.n) % 6 = 1
                 THEN jsonb_build_array(jsonb_build_object('fact', 'employees', 'value', 10, 'threshold', 20,
                                                           'gap', 10, 'direction', 'short'))
                 ELSE '[]' END,
            (e.n + p.n) % 6 = 1,
            md5(e.id::text || p.id::text), 'bench', CURRENT_DATE
       FROM (SELECT id, row_number() OVER (ORDER BY uscc) AS n FROM enterprises) AS e,
            (SELECT id, row_number() OVER (ORDER BY code, version) AS n FROM policies WHERE status = 'PUBLISHED') AS p`,
  );
  await db.query(
    `INSERT INTO leads ("companyName", source, stage, "ownerId", "targetParkId", "plannedInvestment", score,
                        "nextAction", "nextActionDate", "industryCode", "createdAt", "updatedAt")
     SELECT '基准线索' || i || '有限公司',
            (ARRAY['CANTON_FAIR', 'REFERRAL', 'ONLINE_ENQUIRY', 'CONSULTANT'])[1 + i % 4],
            (ARRAY['LEAD', 'CONTACTED', 'VISITED', 'NEGOTIATING', 'SIGNED', 'LOST'])[1 + i % 6],
            ($2::uuid[])[1 + i % array_length($2::uuid[], 1)],
            CASE WHEN i % 3 = 0 THEN NULL ELSE pk.ids[1 + i % array_length(pk.ids, 1)] END,
            (i % 50) * 1000000, i % 100,
            '回访 ' || i, CURRENT_DATE + (i % 30 - 10),
            ind.codes[1 + i % array_length(ind.codes, 1)],
            now() - i * interval '1 minute', now() - i * interval '1 minute'
       FROM generate_series(1, $1::int) AS i,
            (SELECT array_agg(id ORDER BY code) AS ids FROM parks) AS pk,
            (SELECT array_agg(code ORDER BY code) AS codes FROM industries) AS ind`,
    [Math.max(1, Math.floor(enterprises / 2)), ownerIds],
  );
  await db.query('ANALYZE enterprises; ANALYZE policy_matches; ANALYZE leads; ANALYZE parks; ANALYZE users');
}
