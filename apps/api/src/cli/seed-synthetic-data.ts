import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { toIsoDay } from '#matching';
import { PARKS, POLICY_SEEDS, type PolicySeed } from '#plan-data';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../core/audit/audit.service.js';
import { ApplicationStatus, type ApplicationKind } from '../modules/applications/application.enums.js';
import { PlacementApplication } from '../modules/applications/placement-application.entity.js';
import { demoEnterprise, pickApplicants, type DemoApplication } from '../modules/demo/demo-generator.js';
import { Prng } from '../modules/demo/prng.js';
import type { NewEnterprise } from '../modules/enterprises/enterprise-profile.service.js';
import { Enterprise } from '../modules/enterprises/enterprise.entity.js';
import { MatchRunTrigger } from '../modules/matching/match-run.enums.js';
import { MatchRunsService } from '../modules/matching/match-runs.service.js';
import type { PollutionCategory } from '../modules/parks/park.enums.js';
import { Park } from '../modules/parks/park.entity.js';
import { PoliciesService } from '../modules/policies/policies.service.js';
import { seedPolicies } from '../modules/policies/policy-seed.js';

/**
 * Synthetic data for benchmarks and load tests (`npm run seed:synthetic -- --enterprises N`): N made-up
 * enterprises with the demo set's distributions (the plan's four clusters and a fifth of others, tiers
 * 50/32/13/5 %, log-normal revenue per tier, cluster-typical R&D and staff, about a third missing one to
 * three facts, parks that take their industry), submitted placement applications of some that have no
 * park, and the plan's seed policies plus threshold variants up to a number of published policies in force.
 * Deterministic (seed text), idempotent (codes already there are skipped), written with multi-row
 * `INSERT … SELECT FROM unnest(…)` statements, which PGlite runs too (COPY needs a socket client).
 */
export const SYNTHETIC_SEED = 'uhtz-synthetic-v1';
/**
 * Synthetic codes are demo codes from this index on (the demo set uses 0…299): the two never collide,
 * and 31^6 codes leave room for any N.
 */
export const SYNTHETIC_USCC_OFFSET = 10_000_000;
/** Enterprises per INSERT statement: each column travels as one array parameter. */
const ENTERPRISE_BATCH = 5000;
const APPLICATION_BATCH = 1000;
/** Applications per enterprise (the demo set: 16 in 300). */
export const APPLICATION_SHARE = 16 / 300;

export interface SyntheticOptions {
  enterprises: number;
  /** Placement applications; default N × 16/300. */
  applications?: number;
  /** Published policies in force wanted; seed-policy variants are added up to it (never removed). */
  policies?: number;
  seed?: string;
}

export interface SyntheticSet {
  enterprises: NewEnterprise[];
  applications: DemoApplication[];
}

/** The enterprises and applications (pure and deterministic: the same options give the same set). */
export function generateSyntheticSet(options: SyntheticOptions): SyntheticSet {
  const prng = new Prng(options.seed ?? SYNTHETIC_SEED);
  const names = new Set<string>();
  const enterprises: NewEnterprise[] = new Array(options.enterprises);
  for (let i = 0; i < options.enterprises; i += 1) {
    enterprises[i] = demoEnterprise(prng, SYNTHETIC_USCC_OFFSET + i, names);
  }
  const count = options.applications ?? Math.round(options.enterprises * APPLICATION_SHARE);
  return { enterprises, applications: pickApplicants(prng, enterprises, count) };
}

/**
 * Threshold variants of the seed policies: variant k of seed s is s with every number compared in its
 * criteria scaled by a factor in 0.85…1.15, code `<s>_SYN<k>`, in force from 2020 on with no end, no
 * deadline. No test cases (the seed's expectations no longer hold); they are published rows as the seed's are.
 */
export function policyVariants(count: number, seeds: readonly PolicySeed[] = POLICY_SEEDS): PolicySeed[] {
  const variants: PolicySeed[] = [];
  for (let k = 0; k < count; k += 1) {
    const seed = seeds[k % seeds.length];
    const factor = 0.85 + (0.3 * ((k * 7) % 11)) / 10;
    variants.push({
      ...seed,
      code: `${seed.code}_SYN${k + 1}`,
      title: `${seed.title}（合成变体${k + 1}）`,
      titleEn: `${seed.titleEn} (synthetic variant ${k + 1})`,
      criteria: scaleThresholds(seed.criteria, factor) as PolicySeed['criteria'],
      effectiveFrom: '2020-01-01',
      effectiveTo: null,
      annualDeadline: null,
      isExample: true,
      testCases: [],
    });
  }
  return variants;
}

const COMPARISONS = new Set(['>', '>=', '<', '<=']);

/** Numbers compared with a fact, scaled (integers stay integers); every other node as it is. */
export function scaleThresholds(rule: unknown, factor: number): unknown {
  if (Array.isArray(rule)) return rule.map((item) => scaleThresholds(item, factor));
  if (!rule || typeof rule !== 'object') return rule;
  return Object.fromEntries(
    Object.entries(rule).map(([op, args]) => [
      op,
      COMPARISONS.has(op) && Array.isArray(args)
        ? args.map((arg) =>
            typeof arg === 'number' ? (Number.isInteger(arg) ? Math.round(arg * factor) : arg * factor) : arg,
          )
        : scaleThresholds(args, factor),
    ]),
  );
}

export interface SyntheticLoadResult {
  enterprises: number;
  applications: number;
  policiesAdded: number;
  policiesInForce: number;
  /** The re-match run started for the new enterprises (null with `match: false` or when nothing was added). */
  runId: string | null;
  ms: number;
}

/**
 * Writes a synthetic set through the application's data source (PostgreSQL or PGlite): the seed must
 * have run (parks, policies). Enterprises are flagged `sample`, without history rows or fact metadata
 * (a bulk load, not an import). One transaction.
 */
export async function loadSynthetic(
  app: INestApplicationContext,
  options: SyntheticOptions & { match?: boolean },
): Promise<SyntheticLoadResult> {
  const started = Date.now();
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const set = generateSyntheticSet(options);
  const today = toIsoDay(new Date()) as string;
  const result = await dataSource.transaction(async (manager) => {
    await manager.query("SELECT pg_advisory_xact_lock(hashtext('uhtz-synthetic-data'))");
    const ids = await insertEnterprises(manager, set.enterprises);
    const applications = await insertApplications(manager, set.applications, ids);
    const inForce = (await app.get(PoliciesService).inForce(manager, today)).length;
    const wanted = Math.max(0, (options.policies ?? 0) - inForce);
    const policiesAdded = wanted
      ? await seedPolicies(manager, app.get(AuditService), policyVariants(wanted), today)
      : 0;
    const runId =
      options.match !== false && ids.size
        ? (await app.get(MatchRunsService).start(manager, MatchRunTrigger.DEMO_SEED, null)).id
        : null;
    return { enterprises: ids.size, applications, policiesAdded, policiesInForce: inForce + policiesAdded, runId };
  });
  // Fresh statistics: the planner otherwise guesses the size of a table that just grew 1000-fold.
  await dataSource.query('ANALYZE enterprises');
  return { ...result, ms: Date.now() - started };
}

/** Inserts the enterprises whose code is new, in batches: their ids by code. */
async function insertEnterprises(manager: EntityManager, enterprises: readonly NewEnterprise[]) {
  const metadata = manager.connection.getMetadata(Enterprise);
  const keys = Object.keys(enterprises[0] ?? {}) as (keyof NewEnterprise)[];
  const columns = keys.map((key) => {
    const column = metadata.findColumnWithPropertyName(key);
    if (!column) throw new Error(`enterprises has no column for ${key}`);
    return { key, name: column.databaseName, type: sqlType(String(column.type)) };
  });
  const ids = new Map<string, string>();
  for (let start = 0; start < enterprises.length; start += ENTERPRISE_BATCH) {
    const batch = enterprises.slice(start, start + ENTERPRISE_BATCH);
    const rows = (await manager.query(
      `INSERT INTO enterprises (${columns.map((c) => `"${c.name}"`).join(', ')}, sample)
       SELECT *, true FROM unnest(${columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ')})
       ON CONFLICT (uscc) DO NOTHING RETURNING id, uscc`,
      columns.map((c) => batch.map((enterprise) => enterprise[c.key] ?? null)),
    )) as { id: string; uscc: string }[];
    for (const row of rows) ids.set(row.uscc, row.id);
  }
  return ids;
}

const sqlType = (type: string): string =>
  ({ varchar: 'varchar', int: 'int', numeric: 'numeric', date: 'date', boolean: 'boolean', text: 'text' })[type] ??
  'text';

/** The applications of enterprises inserted now, SUBMITTED (as the demo set's), in batches. */
async function insertApplications(
  manager: EntityManager,
  applications: readonly DemoApplication[],
  ids: ReadonlyMap<string, string>,
): Promise<number> {
  const parkIds = new Map(
    (await manager.find(Park, { select: { id: true, code: true } })).map((park) => [park.code, park.id]),
  );
  const known = new Set(PARKS.map((park) => park.code));
  const rows = applications.flatMap(({ uscc, input }) => {
    const enterpriseId = ids.get(uscc);
    if (!enterpriseId) return [];
    const { preferredParkCodes, ...fields } = input;
    return [
      manager.create(PlacementApplication, {
        ...fields,
        enterpriseId,
        kind: input.kind as ApplicationKind,
        pollutionCategory: input.pollutionCategory as PollutionCategory | null,
        preferredParkIds: preferredParkCodes
          .filter((code) => known.has(code))
          .flatMap((code) => parkIds.get(code) ?? []),
        status: ApplicationStatus.SUBMITTED,
        submittedAt: new Date(),
      }),
    ];
  });
  for (let start = 0; start < rows.length; start += APPLICATION_BATCH) {
    await manager.insert(PlacementApplication, rows.slice(start, start + APPLICATION_BATCH));
  }
  return rows.length;
}
