import { ENGINE_VERSION, toIsoDay } from '#matching';
import { nextAnnualDeadline, POLICY_SEEDS, type PolicySeed } from '#plan-data';
import type { EntityManager } from 'typeorm';
import { SYSTEM_ACTOR } from '../../core/auth/actor.js';
import type { AuditService } from '../../core/audit/audit.service.js';
import { Policy } from './policy.entity.js';
import { PolicyStatus } from './policy.enums.js';

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
    const policy = manager.create(Policy, {
      code: seed.code,
      version: 1,
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
