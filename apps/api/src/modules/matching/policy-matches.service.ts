import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { applyStackingGroups, compilePolicy, localize, type CodeLabeler, type CompiledPolicy } from '#matching';
import { DataSource } from 'typeorm';
import type { Policy } from '../policies/policy.entity.js';
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
 * How long the code labels (industry, chain-segment and park names in explanation texts) are reused
 * before they are read again; the policies compiled with them are kept as long (a renamed park shows
 * in explanations within this time). Rules are keyed by policy id and rowVersion, so an edited policy
 * is compiled again at once.
 */
const LABELS_TTL_MS = 10_000;

interface CompiledSnapshot {
  readAt: number;
  labels: CodeLabeler | undefined;
  policies: Map<string, CompiledPolicy>;
}

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

  private snapshot: CompiledSnapshot | null = null;

  /** The match row's metadata (its columns), for selectedColumns. */
  get metadata() {
    return this.dataSource.getRepository(PolicyMatchRecord).metadata;
  }

  /** The policy's rules compiled once per version (and per labels snapshot), not on every read. */
  private async compiler(): Promise<(policy: Policy) => CompiledPolicy> {
    const now = Date.now();
    if (!this.snapshot || now - this.snapshot.readAt > LABELS_TTL_MS) {
      const { labels } = await this.codes.known();
      this.snapshot = { readAt: now, labels, policies: new Map() };
    }
    const { labels, policies } = this.snapshot as CompiledSnapshot;
    return (policy) => {
      const key = `${policy.id}:${policy.rowVersion}`;
      let compiled = policies.get(key);
      if (!compiled) {
        compiled = compilePolicy(rulesOf(policy), { validate: false, labels });
        policies.set(key, compiled);
      }
      return compiled;
    };
  }

  /** Eligible first (largest benefit first), then needs-info, then ineligible. */
  async forEnterprise(actor: Actor, enterpriseId: string): Promise<PolicyMatch[]> {
    if (!this.enterprises.canAccess(actor, enterpriseId)) throw AppError.notFound(ENTERPRISE_LABEL);
    const manager = this.dataSource.manager;
    const [subject] = await this.enterprises.profilesOf(manager, [enterpriseId]);
    if (!subject) throw AppError.notFound(ENTERPRISE_LABEL);
    const records = await manager.find(PolicyMatchRecord, { where: { enterpriseId } });
    const policies = new Map((await this.policies.byIds(records.map((r) => r.policyId))).map((p) => [p.id, p]));
    const compiledOf = await this.compiler();
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
      const result = compiledOf(policy).evaluate(subject.facts, record.asOf);
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

  /** Per enterprise (in the order asked), its ELIGIBLE matches: one grouped query (the summary's `eligible`). */
  async eligibleCounts(enterpriseIds: readonly string[]): Promise<number[]> {
    const rows: { enterpriseId: string; n: number }[] = await this.dataSource.query(
      `SELECT "enterpriseId", count(*)::int AS n FROM policy_matches
        WHERE "enterpriseId" = ANY($1::uuid[]) AND outcome = 'ELIGIBLE' GROUP BY "enterpriseId"`,
      [enterpriseIds],
    );
    const counts = new Map(rows.map((row) => [row.enterpriseId, row.n]));
    return enterpriseIds.map((id) => counts.get(id) ?? 0);
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
    enterpriseColumns?: readonly string[] | null,
    columns?: readonly string[],
  ): Promise<Connection<PolicyMatchRecord>> {
    const query = qualifierQuery(this.dataSource.manager, this.enterprises, policyId, filter);
    // The rows' enterprises, when asked, joined in the page's statement (`enterpriseColumns`: what the
    // selection shows; undefined every column, null not asked).
    const join =
      enterpriseColumns === null ? undefined : { relation: 'enterprise', alias: 'qe', columns: enterpriseColumns };
    return paginate(query, { first, after, ...QUALIFIER_SORT, join, columns });
  }
}
