import { createHash } from 'node:crypto';
import { POLICY_SEEDS, type PolicySeed } from '#plan-data';

/**
 * A seed policy whose plan-data entry changed after databases were seeded with it. The seeder only
 * inserts missing codes, so such a database keeps the old version 1; a correction publishes the
 * current seed as version 2 there, but only while version 1 is still the untouched old seed.
 */
export interface SeedCorrection {
  code: string;
  /** seedFingerprint() of the old seed's criteria and targetIndustries. */
  oldFingerprint: string;
  /** The seed to publish in its place (the current plan-data entry). */
  seed: PolicySeed;
}

/** What the correction looks at of a code's latest stored version. */
export interface StoredSeedVersion {
  version: number;
  status: string;
  publishedById: string | null;
  criteria: unknown;
  targetIndustries: readonly string[];
}

/** JSON with object keys sorted (jsonb does not keep key order), arrays as they are. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** sha256 of the targeting that decides who matches: criteria and (sorted) targetIndustries. */
export function seedFingerprint(policy: { criteria: unknown; targetIndustries: readonly string[] }): string {
  const body = JSON.stringify(
    canonical({ criteria: policy.criteria, targetIndustries: [...policy.targetIndustries].sort() }),
  );
  return createHash('sha256').update(body).digest('hex');
}

/**
 * True when the code's latest version is the seeder's untouched version 1 of the old seed: PUBLISHED
 * by the system (no publisher) with the old targeting. Anything an admin has touched (a later version,
 * a retired v1, different rules) is left alone.
 */
export function correctionDue(latest: StoredSeedVersion | null, correction: SeedCorrection): boolean {
  return (
    latest !== null &&
    latest.version === 1 &&
    latest.status === 'PUBLISHED' &&
    latest.publishedById === null &&
    seedFingerprint(latest) === correction.oldFingerprint
  );
}

function seedOf(code: string): PolicySeed {
  const seed = POLICY_SEEDS.find((s) => s.code === code);
  if (!seed) throw new Error(`seed correction names unknown policy seed ${code}`);
  return seed;
}

export const SEED_CORRECTIONS: readonly SeedCorrection[] = [
  // 人力资源服务业 got its own industry code: the HR-service award targeted all of COMMERCE_TRADE
  // (criteria is('industry','COMMERCE_TRADE'), targetIndustries ['COMMERCE_TRADE']) before plan-data 078625f.
  {
    code: 'HR_SERVICE_BACKBONE_AWARD',
    oldFingerprint: '688a6108b730ce70a2c13cf2358704490d02b84cb0f6dbce5d82813567d22d29',
    seed: seedOf('HR_SERVICE_BACKBONE_AWARD'),
  },
];
