import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { compilePolicy, FACTS, localize, normalizeStoredFacts, type CompiledPolicy, type Outcome } from '#matching';
import { Repository } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { EnterprisesService } from '../enterprises/enterprises.service.js';
import type { PolicyInput } from './dto/policy.input.js';
import { contentOf, rulesOf, today } from './policy-content.js';
import { PolicyCodes } from './policy-codes.js';
import { dayFault, knownValuesOf, ruleFaults, throwIfFaults } from './policy-rules.js';
import type { PolicySimulation, SimulationBucket, SimulationChange } from './policy-simulation.type.js';
import { Policy } from './policy.entity.js';
import { PolicyStatus } from './policy.enums.js';

const NOT_ENTERED = { zh: '未填写', en: 'Not entered' };

class Buckets {
  private readonly rows = new Map<string | null, SimulationBucket>();

  constructor(private readonly labelOf: (key: string | null) => string) {}

  add(key: string | null, outcome: Outcome, benefit: number): void {
    let row = this.rows.get(key);
    if (!row) {
      row = { key, label: this.labelOf(key), total: 0, eligible: 0, ineligible: 0, needsInfo: 0, benefit: 0 };
      this.rows.set(key, row);
    }
    row.total += 1;
    if (outcome === 'ELIGIBLE') row.eligible += 1;
    else if (outcome === 'INELIGIBLE') row.ineligible += 1;
    else row.needsInfo += 1;
    row.benefit += benefit;
  }

  /** Most eligible first, then by key; the not-entered group last. */
  list(): SimulationBucket[] {
    return [...this.rows.values()]
      .map((row) => ({ ...row, benefit: round(row.benefit) }))
      .sort(
        (a, b) =>
          Number(a.key === null) - Number(b.key === null) ||
          b.eligible - a.eligible ||
          String(a.key).localeCompare(String(b.key)),
      );
  }
}

const round = (yuan: number): number => Math.round(yuan * 100) / 100;
const stringFact = (facts: Record<string, unknown>, name: string): string | null => {
  const value = facts[name];
  return typeof value === 'string' ? value : null;
};

/**
 * What-if of a policy before publishing, over every enterprise, compared with
 * the code's PUBLISHED version where there is one. Reads in batches; keeps only counts and the
 * enterprises whose outcome changes.
 */
@Injectable()
export class PolicySimulationService {
  constructor(
    @InjectRepository(Policy) private readonly policies: Repository<Policy>,
    private readonly codes: PolicyCodes,
    private readonly enterprises: EnterprisesService,
  ) {}

  async simulate(actor: Actor, input: PolicyInput, asOf?: string | null, limit = 50): Promise<PolicySimulation> {
    const codes = await this.codes.known();
    throwIfFaults([...ruleFaults(input, codes), ...dayFault(asOf, 'asOf')]);
    const day = asOf ?? today();
    const options = { knownValues: knownValuesOf(codes), labels: codes.labels };
    const candidate = compilePolicy(rulesOf(contentOf(input)), options);
    const published = await this.policies.findOne({ where: { code: input.code, status: PolicyStatus.PUBLISHED } });
    // A published rule that no longer validates (say a park was removed) is compared without the code checks.
    const previous: CompiledPolicy | null = published
      ? compilePolicy(rulesOf(published), { ...options, validate: false })
      : null;

    const locale = actor.locale;
    const label = (fact: string) => (key: string | null) => {
      if (key === null) return localize(NOT_ENTERED, locale);
      const known = fact === 'tier' ? FACTS.tier.valueLabels?.[key] : codes.labels?.(fact, key);
      return known ? localize(known, locale) : key;
    };
    const byIndustry = new Buckets(label('industry'));
    const byTier = new Buckets(label('tier'));
    const byPark = new Buckets(label('parkCode'));
    const counts = { total: 0, eligible: 0, ineligible: 0, needsInfo: 0, totalBenefit: 0 };
    const newlyEligible: SimulationChange[] = [];
    const droppedOut: SimulationChange[] = [];

    await this.enterprises.forEachProfile((batch) => {
      for (const subject of batch) {
        const facts = normalizeStoredFacts(subject.facts) as Record<string, unknown>;
        const result = candidate.evaluate(facts, day);
        counts.total += 1;
        if (result.outcome === 'ELIGIBLE') counts.eligible += 1;
        else if (result.outcome === 'INELIGIBLE') counts.ineligible += 1;
        else counts.needsInfo += 1;
        counts.totalBenefit += result.benefit;
        byIndustry.add(stringFact(facts, 'industry'), result.outcome, result.benefit);
        byTier.add(stringFact(facts, 'tier'), result.outcome, result.benefit);
        byPark.add(stringFact(facts, 'parkCode'), result.outcome, result.benefit);
        if (!previous) continue;
        const before = previous.evaluate(facts, day);
        const wasEligible = before.outcome === 'ELIGIBLE';
        const isEligible = result.outcome === 'ELIGIBLE';
        if (wasEligible === isEligible) continue;
        const change: SimulationChange = {
          enterpriseId: subject.enterpriseId,
          name: subject.name,
          outcome: result.outcome,
          previousOutcome: before.outcome,
          benefit: result.benefit,
          previousBenefit: before.benefit,
        };
        (isEligible ? newlyEligible : droppedOut).push(change);
      }
    });

    const firstByName = (changes: SimulationChange[]) =>
      [...changes]
        .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.enterpriseId.localeCompare(b.enterpriseId))
        .slice(0, limit);
    return {
      asOf: day,
      ...counts,
      totalBenefit: round(counts.totalBenefit),
      byIndustry: byIndustry.list(),
      byTier: byTier.list(),
      byPark: byPark.list(),
      comparedWithVersion: published?.version ?? null,
      newlyEligibleCount: newlyEligible.length,
      droppedOutCount: droppedOut.length,
      newlyEligible: firstByName(newlyEligible),
      droppedOut: firstByName(droppedOut),
    };
  }
}
