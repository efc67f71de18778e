import { describe, expect, it } from '@jest/globals';
import { evaluatePolicy } from '#matching';
import { INDUSTRIES, POLICY_SEEDS } from '#plan-data';
import { correctionDue, SEED_CORRECTIONS, seedFingerprint, type StoredSeedVersion } from './policy-seed-corrections.js';

const HR = SEED_CORRECTIONS.find((c) => c.code === 'HR_SERVICE_BACKBONE_AWARD')!;

/** The HR award as seeded before HUMAN_RESOURCES_SERVICES existed: all of COMMERCE_TRADE. */
function oldHrSeed(): { criteria: unknown; targetIndustries: string[] } {
  return JSON.parse(
    JSON.stringify({ criteria: HR.seed.criteria, targetIndustries: HR.seed.targetIndustries }).replaceAll(
      'HUMAN_RESOURCES_SERVICES',
      'COMMERCE_TRADE',
    ),
  ) as { criteria: unknown; targetIndustries: string[] };
}

function stored(overrides: Partial<StoredSeedVersion> = {}): StoredSeedVersion {
  return { version: 1, status: 'PUBLISHED', publishedById: null, ...oldHrSeed(), ...overrides };
}

describe('seed corrections', () => {
  it('each names a current seed whose targeting differs from the old fingerprint', () => {
    for (const correction of SEED_CORRECTIONS) {
      expect(POLICY_SEEDS).toContain(correction.seed);
      expect(correction.seed.code).toBe(correction.code);
      expect(seedFingerprint(correction.seed)).not.toBe(correction.oldFingerprint);
    }
    expect(new Set(SEED_CORRECTIONS.map((c) => c.code)).size).toBe(SEED_CORRECTIONS.length);
  });

  it("the HR award's old fingerprint is the COMMERCE_TRADE targeting of the old seed", () => {
    expect(seedFingerprint(oldHrSeed())).toBe(HR.oldFingerprint);
    expect(oldHrSeed().targetIndustries).toEqual(['COMMERCE_TRADE']);
    expect(HR.seed.targetIndustries).toEqual(['HUMAN_RESOURCES_SERVICES']);
    expect(INDUSTRIES.map((i) => i.code)).toContain('HUMAN_RESOURCES_SERVICES');
  });

  it('fingerprints ignore key order (jsonb reorders keys) and targetIndustries order', () => {
    const a = { criteria: { and: [{ '>=': [{ var: 'revenue' }, 1] }], x: 1 }, targetIndustries: ['A', 'B'] };
    const b = { criteria: { x: 1, and: [{ '>=': [{ var: 'revenue' }, 1] }] }, targetIndustries: ['B', 'A'] };
    expect(seedFingerprint(a)).toBe(seedFingerprint(b));
    expect(seedFingerprint(a)).not.toBe(seedFingerprint({ ...a, criteria: { ...a.criteria, x: 2 } }));
  });

  it('is due only for the untouched system-published version 1 of the old seed', () => {
    expect(correctionDue(stored(), HR)).toBe(true);
    expect(correctionDue(null, HR)).toBe(false);
    expect(correctionDue(stored({ version: 2 }), HR)).toBe(false);
    expect(correctionDue(stored({ status: 'RETIRED' }), HR)).toBe(false);
    expect(correctionDue(stored({ publishedById: 'an-admin' }), HR)).toBe(false);
    expect(correctionDue(stored({ targetIndustries: ['COMMERCE_TRADE', 'HUMAN_RESOURCES_SERVICES'] }), HR)).toBe(false);
    // A database seeded after the change already holds the new rule.
    expect(
      correctionDue(stored({ criteria: HR.seed.criteria, targetIndustries: [...HR.seed.targetIndustries] }), HR),
    ).toBe(false);
  });

  it('the corrected HR award takes an HR-services firm and no longer a plain commerce one', () => {
    const facts = { inZone: true, revenue: 60_000_000, seriousDishonesty: false };
    const rules = (criteria: unknown) => ({ ...HR.seed, criteria }) as never;
    const day = '2026-12-01';
    expect(
      evaluatePolicy(rules(HR.seed.criteria), { ...facts, industry: 'HUMAN_RESOURCES_SERVICES' }, day).outcome,
    ).toBe('ELIGIBLE');
    expect(evaluatePolicy(rules(HR.seed.criteria), { ...facts, industry: 'COMMERCE_TRADE' }, day).outcome).toBe(
      'INELIGIBLE',
    );
    expect(evaluatePolicy(rules(oldHrSeed().criteria), { ...facts, industry: 'COMMERCE_TRADE' }, day).outcome).toBe(
      'ELIGIBLE',
    );
  });
});
