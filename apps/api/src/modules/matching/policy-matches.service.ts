import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { applyStackingGroups, compilePolicy, localize } from '#matching';
import { DataSource } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { AppError } from '../../core/errors/app-error.js';
import { paginate, type Connection } from '../../core/graphql/pagination.js';
import { ENTERPRISE_LABEL, EnterprisesService } from '../enterprises/enterprises.service.js';
import { PoliciesService } from '../policies/policies.service.js';
import { PolicyCodes } from '../policies/policy-codes.js';
import { rulesOf } from '../policies/policy-content.js';
import type { Outcome } from '../policies/policy.enums.js';
import { PolicyMatchRecord } from './policy-match.entity.js';
import { QUALIFIER_SORT, qualifierQuery, type QualifierFilter } from './qualifier-filter.js';
import type { PolicyMatch, PolicyMatchSummary } from './policy-match.type.js';

const OUTCOME_ORDER: Record<Outcome, number> = { ELIGIBLE: 0, NEEDS_INFO: 1, INELIGIBLE: 2 };

/**
 * Reading stored policy matches. An enterprise reads only its own (another's answers NOT_FOUND);
 * the explanation is recomputed from the stored facts as of the stored day (the engine is pure).
 */
@Injectable()
export class PolicyMatchesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly enterprises: EnterprisesService,
    private readonly policies: PoliciesService,
    private readonly codes: PolicyCodes,
  ) {}

  /** Eligible first (largest benefit first), then needs-info, then ineligible. */
  async forEnterprise(actor: Actor, enterpriseId: string): Promise<PolicyMatch[]> {
    if (!this.enterprises.canAccess(actor, enterpriseId)) throw AppError.notFound(ENTERPRISE_LABEL);
    const manager = this.dataSource.manager;
    const [subject] = await this.enterprises.profilesOf(manager, [enterpriseId]);
    if (!subject) throw AppError.notFound(ENTERPRISE_LABEL);
    const records = await manager.find(PolicyMatchRecord, { where: { enterpriseId } });
    const policies = new Map((await this.policies.byIds(records.map((r) => r.policyId))).map((p) => [p.id, p]));
    const { labels } = await this.codes.known();
    const rows = records
      .filter((record) => policies.has(record.policyId))
      .map((record) => ({ record, policy: policies.get(record.policyId)! }))
      .sort((a, b) => a.policy.code.localeCompare(b.policy.code) || a.policy.version - b.policy.version);
    const stacked = applyStackingGroups(
      rows.map(({ record, policy }) => ({
        stackingGroup: policy.stackingGroup,
        benefit: record.benefit,
        outcome: record.outcome,
      })),
    );
    const matches = rows.map(({ record, policy }, i): PolicyMatch => {
      const result = compilePolicy(rulesOf(policy), { validate: false, labels }).evaluate(subject.facts, record.asOf);
      const item = stacked.items[i];
      return {
        policy,
        outcome: record.outcome,
        benefit: record.benefit,
        explanation: result.explanation,
        explanationText: result.explanation.map((leaf) => localize(leaf.text, actor.locale)),
        missingFacts: record.missingFacts,
        gaps: record.gaps,
        gapText: result.nearMisses.map((miss) => localize(miss.text, actor.locale)),
        stacking: {
          group: policy.stackingGroup,
          counts: item.counts,
          supersededBy: item.supersededBy === null ? null : rows[item.supersededBy].policy,
        },
        asOf: record.asOf,
        engineVersion: record.engineVersion,
        updatedAt: record.updatedAt,
      };
    });
    return matches.sort((a, b) => OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome] || b.benefit - a.benefit);
  }

  /** Counts and the stacked total, from the stored rows only (no explanation is computed). */
  async summary(actor: Actor, enterpriseId: string): Promise<PolicyMatchSummary> {
    if (!this.enterprises.canAccess(actor, enterpriseId)) throw AppError.notFound(ENTERPRISE_LABEL);
    const records = await this.dataSource.manager.find(PolicyMatchRecord, { where: { enterpriseId } });
    const policies = new Map((await this.policies.byIds(records.map((r) => r.policyId))).map((p) => [p.id, p]));
    const stacked = applyStackingGroups(
      records
        .map((record) => ({ record, policy: policies.get(record.policyId) }))
        .filter((row) => row.policy)
        .sort((a, b) => a.policy!.code.localeCompare(b.policy!.code))
        .map(({ record, policy }) => ({
          stackingGroup: policy!.stackingGroup,
          benefit: record.benefit,
          outcome: record.outcome,
        })),
    );
    const count = (outcome: Outcome) => records.filter((r) => r.outcome === outcome).length;
    return {
      totalBenefit: stacked.totalBenefit,
      eligible: count('ELIGIBLE'),
      needsInfo: count('NEEDS_INFO'),
      ineligible: count('INELIGIBLE'),
      nearMisses: records.filter((r) => r.nearMiss).length,
    };
  }

  /**
   * Staff: the enterprises of one policy version with an outcome (largest benefit first), or its
   * near misses (the outreach list), filtered by the enterprise's industry, park, tier, name and the
   * gap fact. Served by the (policyId, outcome, benefit, id) index and the partial near-miss index,
   * so a page costs the same at any table size (see qualifier-filter.ts).
   */
  async qualifiers(
    policyId: string,
    filter: QualifierFilter,
    first: number,
    after?: string,
  ): Promise<Connection<PolicyMatchRecord>> {
    const query = qualifierQuery(this.dataSource.manager, this.enterprises, policyId, filter);
    return paginate(query, { first, after, ...QUALIFIER_SORT });
  }
}
