import { ENGINE_VERSION, toIsoDay } from '#matching';
import { nextAnnualDeadline, POLICY_SEEDS, type PolicySeed } from '#plan-data';
import type { EntityManager } from 'typeorm';
import { SYSTEM_ACTOR } from '../../core/auth/actor.js';
import type { AuditService } from '../../core/audit/audit.service.js';
import { updateVersioned } from '../../core/database/optimistic-update.js';
import type { PolicyLifecycle } from './policy-lifecycle.js';
import { correctionDue, SEED_CORRECTIONS, type SeedCorrection } from './policy-seed-corrections.js';
import { Policy } from './policy.entity.js';
import { PolicyStatus } from './policy.enums.js';
import { POLICY_LABEL } from './policies.service.js';

/**
 * Seed step: each policy of the plan (libs/plan-data POLICY_SEEDS) as a PUBLISHED version 1 when
 * its code does not exist yet. Idempotent; a code the admins have since edited is left alone. An
 * example policy's annual deadline becomes its next occurrence from `today` (China time).
 * Runs inside SeedService's transaction, under its advisory lock.
 */
export async function seedPolicies(
  manager: EntityManager,
  audit: AuditService,
  seeds: readonly PolicySeed[] = POLICY_SEEDS,
  today: string = toIsoDay(new Date()) as string,
): Promise<number> {
  const existing = new Set(
    (
      await manager.createQueryBuilder(Policy, 'p').select('DISTINCT p.code', 'code').getRawMany<{ code: string }>()
    ).map((r) => r.code),
  );
  let inserted = 0;
  for (const seed of seeds) {
    if (existing.has(seed.code)) continue;
    const policy = policyOfSeed(manager, seed, 1, today);
    await manager.insert(Policy, policy);
    await audit.record(manager, SYSTEM_ACTOR, {
      action: 'policy.seed',
      entity: 'Policy',
      entityId: policy.id,
      after: policy,
    });
    inserted += 1;
  }
  return inserted;
}

/**
 * Seed step after seedPolicies: for each correction whose code's latest version is still the old
 * seed's untouched version 1 (policy-seed-corrections.ts), publishes the current seed as version 2
 * the way PoliciesService.publish does: under the code's lock, v1 retired (superseded), both audited
 * as the system, and the lifecycle's PUBLISHED event (matching starts a re-match run). Returns how
 * many it published; a second run finds version 2 and does nothing.
 */
export async function correctSeededPolicies(
  manager: EntityManager,
  audit: AuditService,
  lifecycle: PolicyLifecycle,
  corrections: readonly SeedCorrection[] = SEED_CORRECTIONS,
  today: string = toIsoDay(new Date()) as string,
): Promise<number> {
  let published = 0;
  for (const correction of corrections) {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`policy:${correction.code}`]);
    const latest = await manager.findOne(Policy, { where: { code: correction.code }, order: { version: 'DESC' } });
    if (!latest || !correctionDue(latest, correction)) continue;
    const next = policyOfSeed(manager, correction.seed, latest.version + 1, today);
    await updateVersioned(
      manager,
      Policy,
      latest.id,
      latest.rowVersion,
      { status: PolicyStatus.RETIRED, retiredAt: new Date() },
      POLICY_LABEL,
      'rowVersion',
    );
    const retired = await manager.findOneOrFail(Policy, { where: { id: latest.id } });
    await manager.insert(Policy, next); // after the retirement: one PUBLISHED version per code
    const saved = await manager.findOneOrFail(Policy, { where: { id: next.id } });
    await audit.recordMany(manager, SYSTEM_ACTOR, [
      {
        action: 'policy.retire',
        entity: 'Policy',
        entityId: latest.id,
        before: latest,
        after: { ...retired, supersededBy: saved.id },
      },
      {
        action: 'policy.publish',
        entity: 'Policy',
        entityId: saved.id,
        before: null,
        after: { ...saved, seedCorrectionOf: latest.id },
      },
    ]);
    await lifecycle.emit(manager, SYSTEM_ACTOR, saved, 'PUBLISHED');
    published += 1;
  }
  return published;
}

/** A seed as a PUBLISHED version published by the system. */
function policyOfSeed(manager: EntityManager, seed: PolicySeed, version: number, today: string): Policy {
  return manager.create(Policy, {
    code: seed.code,
    version,
    status: PolicyStatus.PUBLISHED,
    kind: seed.kind,
    title: seed.title,
    titleEn: seed.titleEn,
    summary: seed.summary,
    summaryEn: seed.summaryEn,
    issuingDepartment: seed.issuingDepartment,
    documentNumber: seed.documentNumber,
    sourceUrl: seed.sourceUrl,
    targetIndustries: [...seed.targetIndustries],
    targetTiers: [...seed.targetTiers] as Policy['targetTiers'],
    targetParks: [],
    criteria: seed.criteria as Policy['criteria'],
    benefitFormula: seed.benefitFormula as Policy['benefitFormula'],
    maxBenefit: seed.maxBenefit,
    stackingGroup: seed.stackingGroup,
    applicationDeadline: seed.annualDeadline ? nextAnnualDeadline(seed.annualDeadline, today) : null,
    effectiveFrom: seed.effectiveFrom,
    effectiveTo: seed.effectiveTo,
    isExample: seed.isExample,
    testCases: seed.testCases.map((c) => ({
      name: c.name,
      facts: c.facts as Record<string, unknown>,
      expectedOutcome: c.expectedOutcome,
      expectedBenefit: c.expectedBenefit,
      asOf: c.asOf ?? null,
    })),
    publishedAt: new Date(),
    publishedById: null,
    engineVersion: ENGINE_VERSION,
  });
}
