import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { ENGINE_VERSION, evaluatePolicy, localize, runTestCases, type TestCaseResult } from '#matching';
import { DataSource, In, Repository, type EntityManager } from 'typeorm';
import { isStaff, type Actor } from '../../core/auth/actor.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { containsPattern } from '../../core/database/escape-like.js';
import { assertVersion, updateVersioned } from '../../core/database/optimistic-update.js';
import { AppError, text } from '../../core/errors/app-error.js';
import { fieldFault, type FieldFault } from '../../core/errors/field-fault.js';
import type { PoliciesArgs } from './dto/policies.args.js';
import type { PolicyInput } from './dto/policy.input.js';
import type { PolicyEvaluationResult, PolicyTestCaseResult } from './policy-evaluation.type.js';
import { PolicyCodes } from './policy-codes.js';
import { PolicyLifecycle } from './policy-lifecycle.js';
import { contentOf, plainJson, rulesOf, today } from './policy-content.js';
import {
  dayFault,
  engineTestCases,
  factFaults,
  failingCases,
  failingCasesError,
  knownValuesOf,
  policyInputFaults,
  ruleFaults,
  throwIfFaults,
  type KnownCodes,
} from './policy-rules.js';
import { Policy } from './policy.entity.js';
import { PolicyStatus } from './policy.enums.js';

export const POLICY_LABEL = text('政策', 'Policy');

/**
 * Policies as versioned rules: authoring (create, update = edit a draft or open the next one),
 * publishing (test cases must pass) and retiring, and trying rules on hand-written facts.
 * Every write holds a transaction-scoped advisory lock on the policy code, so the versions of one
 * code change one at a time on any number of API replicas.
 */
@Injectable()
export class PoliciesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Policy) private readonly policies: Repository<Policy>,
    private readonly audit: AuditService,
    private readonly codes: PolicyCodes,
    private readonly lifecycle: PolicyLifecycle,
  ) {}

  // ── reading ─────────────────────────────────────────────────────────────────────────────────

  list(actor: Actor, args: PoliciesArgs = {}): Promise<Policy[]> {
    const query = this.policies.createQueryBuilder('p');
    if (isStaff(actor)) {
      if (args.status) query.andWhere('p.status = :status', { status: args.status });
    } else {
      if (args.status && args.status !== PolicyStatus.PUBLISHED) throw AppError.forbidden();
      query.andWhere('p.status = :status', { status: PolicyStatus.PUBLISHED });
    }
    if (args.kind) query.andWhere('p.kind = :kind', { kind: args.kind });
    if (args.industryCode) query.andWhere(':industry = ANY(p.targetIndustries)', { industry: args.industryCode });
    if (args.search?.trim()) {
      query.andWhere(
        '(p.code ILIKE :search OR p.title ILIKE :search OR p.titleEn ILIKE :search OR p.documentNumber ILIKE :search)',
        {
          search: containsPattern(args.search.trim()),
        },
      );
    }
    return query.orderBy('p.code').addOrderBy('p.version', 'DESC').getMany();
  }

  /** An enterprise sees published versions only; anything else answers NOT_FOUND. */
  async get(actor: Actor, id: string): Promise<Policy> {
    const policy = await this.policies.findOne({ where: { id } });
    if (!policy || !this.visible(actor, policy)) throw AppError.notFound(POLICY_LABEL);
    return policy;
  }

  visible(actor: Actor, policy: Policy): boolean {
    return isStaff(actor) || policy.status === PolicyStatus.PUBLISHED;
  }

  /** Every version of these codes the actor may see, newest first (for Policy.versions). */
  versionsOf(actor: Actor, codes: readonly string[]): Promise<Policy[]> {
    return this.policies.find({
      where: isStaff(actor) ? { code: In([...codes]) } : { code: In([...codes]), status: PolicyStatus.PUBLISHED },
      order: { code: 'ASC', version: 'DESC' },
    });
  }

  /** The PUBLISHED versions in force on a day ('YYYY-MM-DD'): what matching evaluates. */
  inForce(manager: EntityManager, day: string): Promise<Policy[]> {
    return manager
      .createQueryBuilder(Policy, 'p')
      .where('p.status = :status', { status: PolicyStatus.PUBLISHED })
      .andWhere('(p.effectiveFrom IS NULL OR p.effectiveFrom <= :day)', { day })
      .andWhere('(p.effectiveTo IS NULL OR p.effectiveTo >= :day)', { day })
      .orderBy('p.code')
      .getMany();
  }

  /** Policy versions by id, whatever their status (stored matches name the version they used). */
  byIds(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Policy[]> {
    return ids.length ? manager.find(Policy, { where: { id: In([...ids]) } }) : Promise.resolve([]);
  }

  // ── writing ─────────────────────────────────────────────────────────────────────────────────

  create(actor: Actor, input: PolicyInput): Promise<Policy> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockCode(manager, input.code);
      const faults = policyInputFaults(input, await this.codes.known(manager));
      if (await manager.exists(Policy, { where: { code: input.code } })) {
        faults.unshift(
          codeFault(
            '该政策编码已存在；修改已有政策请用 updatePolicy',
            'is already used; edit that policy with updatePolicy',
          ),
        );
      }
      throwIfFaults(faults);
      const policy = manager.create(Policy, { ...contentOf(input), version: 1, status: PolicyStatus.DRAFT });
      await manager.insert(Policy, policy);
      const saved = await manager.findOneOrFail(Policy, { where: { id: policy.id } });
      await this.audit.record(manager, actor, {
        action: 'policy.create',
        entity: 'Policy',
        entityId: saved.id,
        after: saved,
      });
      return saved;
    });
  }

  /**
   * A DRAFT is changed in place. A PUBLISHED (or RETIRED) version is never changed: the input goes
   * to the code's DRAFT, which is created as the next version when there is none. Returns the draft.
   */
  update(actor: Actor, id: string, input: PolicyInput, rowVersion: number | null): Promise<Policy> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.find(manager, id);
      await this.lockCode(manager, found.code);
      const target = await manager.findOneOrFail(Policy, { where: { id } });
      assertVersion(rowVersion, target.rowVersion, POLICY_LABEL);
      const faults = policyInputFaults(input, await this.codes.known(manager));
      const chain = await manager.find(Policy, { where: { code: target.code }, order: { version: 'DESC' } });
      if (input.code !== target.code) {
        if (chain.length > 1 || target.status !== PolicyStatus.DRAFT) {
          faults.unshift(
            codeFault(
              '已有多个版本或已发布的政策不能修改编码',
              'cannot change once a policy has been published or has several versions',
            ),
          );
        } else {
          await this.lockCode(manager, input.code);
          if (await manager.exists(Policy, { where: { code: input.code } })) {
            faults.unshift(codeFault('该政策编码已存在', 'is already used by another policy'));
          }
        }
      }
      throwIfFaults(faults);
      const content = contentOf(input);
      const draft = target.status === PolicyStatus.DRAFT ? target : chain.find((p) => p.status === PolicyStatus.DRAFT);
      if (draft) {
        await this.patch(manager, draft, content);
        const saved = await manager.findOneOrFail(Policy, { where: { id: draft.id } });
        await this.audit.record(manager, actor, {
          action: 'policy.update',
          entity: 'Policy',
          entityId: draft.id,
          before: draft,
          after: saved,
        });
        return saved;
      }
      const next = manager.create(Policy, { ...content, version: chain[0].version + 1, status: PolicyStatus.DRAFT });
      await manager.insert(Policy, next);
      const saved = await manager.findOneOrFail(Policy, { where: { id: next.id } });
      await this.audit.record(manager, actor, {
        action: 'policy.version',
        entity: 'Policy',
        entityId: saved.id,
        before: target,
        after: saved,
      });
      return saved;
    });
  }

  /**
   * Publishes a DRAFT when every test case passes (else BAD_USER_INPUT with the failing cases in
   * `extensions.failingCases`, and nothing changes). The code's PUBLISHED version becomes RETIRED.
   * Listeners (matching) start a re-match of every enterprise in the same transaction.
   */
  publish(actor: Actor, id: string): Promise<Policy> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.find(manager, id);
      await this.lockCode(manager, found.code);
      const policy = await manager.findOneOrFail(Policy, { where: { id } });
      if (policy.status !== PolicyStatus.DRAFT)
        throw statusError('只有草稿可以发布', 'only a DRAFT can be published', policy.status);
      const codes = await this.codes.known(manager);
      throwIfFaults(ruleFaults(policy, codes));
      if (!policy.testCases.length) {
        throw AppError.field(
          'testCases',
          text('发布前至少需要一个测试用例', 'a policy needs at least one test case to be published'),
        );
      }
      const results = this.runCases(policy, codes);
      const failing = failingCases(results, actor.locale);
      if (failing.length) throw failingCasesError(failing);

      const current = await manager.findOne(Policy, { where: { code: policy.code, status: PolicyStatus.PUBLISHED } });
      if (current) {
        await this.patch(manager, current, { status: PolicyStatus.RETIRED, retiredAt: new Date() });
        const retired = await manager.findOneOrFail(Policy, { where: { id: current.id } });
        await this.audit.record(manager, actor, {
          action: 'policy.retire',
          entity: 'Policy',
          entityId: current.id,
          before: current,
          after: { ...retired, supersededBy: policy.id },
        });
      }
      await this.patch(manager, policy, {
        status: PolicyStatus.PUBLISHED,
        publishedAt: new Date(),
        publishedById: actor.userId,
        engineVersion: ENGINE_VERSION,
      });
      const saved = await manager.findOneOrFail(Policy, { where: { id } });
      await this.audit.record(manager, actor, {
        action: 'policy.publish',
        entity: 'Policy',
        entityId: id,
        before: policy,
        after: saved,
      });
      await this.lifecycle.emit(manager, actor, saved, 'PUBLISHED');
      return saved;
    });
  }

  /** PUBLISHED → RETIRED: no longer offered or matched; the version stays readable for staff. */
  retire(actor: Actor, id: string): Promise<Policy> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.find(manager, id);
      await this.lockCode(manager, found.code);
      const policy = await manager.findOneOrFail(Policy, { where: { id } });
      if (policy.status !== PolicyStatus.PUBLISHED)
        throw statusError('只有已发布的政策可以废止', 'only a PUBLISHED policy can be retired', policy.status);
      await this.patch(manager, policy, { status: PolicyStatus.RETIRED, retiredAt: new Date() });
      const saved = await manager.findOneOrFail(Policy, { where: { id } });
      await this.audit.record(manager, actor, {
        action: 'policy.retire',
        entity: 'Policy',
        entityId: id,
        before: policy,
        after: saved,
      });
      await this.lifecycle.emit(manager, actor, saved, 'RETIRED');
      return saved;
    });
  }

  // ── trying rules ────────────────────────────────────────────────────────────────────────────

  /** The input's rules on one set of stored facts as of a date (default today); nothing is saved. */
  async evaluate(
    actor: Actor,
    input: PolicyInput,
    facts: unknown,
    asOf?: string | null,
  ): Promise<PolicyEvaluationResult> {
    const codes = await this.codes.known();
    const day = asOf ?? today();
    const faults = [...ruleFaults(input, codes), ...factFaults(facts, 'facts'), ...dayFault(asOf, 'asOf')];
    throwIfFaults(faults);
    const content = contentOf(input);
    const result = evaluatePolicy(rulesOf(content), plainJson(facts) as Record<string, unknown>, day, {
      knownValues: knownValuesOf(codes),
      labels: codes.labels,
    });
    return {
      outcome: result.outcome,
      benefit: result.benefit,
      explanation: result.explanation,
      explanationText: result.explanation.map((leaf) => localize(leaf.text, actor.locale)),
      missingFacts: result.missingFacts,
      nearMisses: result.nearMisses,
      nearMissText: result.nearMisses.map((miss) => localize(miss.text, actor.locale)),
      inEffect: result.inEffect,
      asOf: result.asOf,
      engineVersion: result.engineVersion,
    };
  }

  /** The input's test cases run against its rules (the editor's "run" button); nothing is saved. */
  async runTestCases(actor: Actor, input: PolicyInput, asOf?: string | null): Promise<PolicyTestCaseResult[]> {
    const codes = await this.codes.known();
    throwIfFaults([...ruleFaults(input, codes), ...dayFault(asOf, 'asOf')]);
    const results = this.runCases(contentOf(input), codes, asOf ?? undefined);
    return results.map((r) => ({
      name: r.name,
      passed: r.passed,
      asOf: r.asOf,
      expectedOutcome: r.expectedOutcome,
      actualOutcome: r.actualOutcome,
      expectedBenefit: r.expectedBenefit,
      actualBenefit: r.actualBenefit,
      explanation: r.explanation,
      explanationText: r.explanation.map((leaf) => localize(leaf.text, actor.locale)),
      missingFacts: r.missingFacts,
      nearMisses: r.nearMisses,
      factFaults: r.factFaults,
    }));
  }

  // ── helpers ─────────────────────────────────────────────────────────────────────────────────

  private runCases(
    policy: Pick<Policy, 'criteria' | 'benefitFormula' | 'maxBenefit' | 'effectiveFrom' | 'effectiveTo' | 'testCases'>,
    codes: KnownCodes,
    asOf?: string,
  ): TestCaseResult[] {
    return runTestCases(rulesOf(policy), engineTestCases(policy.testCases), {
      knownValues: knownValuesOf(codes),
      labels: codes.labels,
      ...(asOf ? { asOf } : {}),
    });
  }

  private async find(manager: EntityManager, id: string): Promise<Policy> {
    const policy = await manager.findOne(Policy, { where: { id } });
    if (!policy) throw AppError.notFound(POLICY_LABEL);
    return policy;
  }

  /** Serialises writes to the versions of one code (held until the transaction ends). */
  private async lockCode(manager: EntityManager, code: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`policy:${code}`]);
  }

  private patch(manager: EntityManager, policy: Policy, patch: Partial<Policy>): Promise<void> {
    return updateVersioned(manager, Policy, policy.id, policy.rowVersion, patch, POLICY_LABEL, 'rowVersion');
  }
}

const codeFault = (zh: string, en: string): FieldFault => fieldFault('code', zh, en);

function statusError(zh: string, en: string, status: PolicyStatus): AppError {
  return AppError.badInput({ zh: `${zh}（当前状态：${status}）`, en: `${en} (it is ${status})` }, [], {
    status,
  });
}
