import { Injectable } from '@nestjs/common';
import { compilePolicy, type CompiledPolicy } from '#matching';
import type { EntityManager } from 'typeorm';
import { EnterprisesService } from '../enterprises/enterprises.service.js';
import { PoliciesService } from '../policies/policies.service.js';
import { rulesOf } from '../policies/policy-content.js';
import type { Policy } from '../policies/policy.entity.js';
import { matchRows, type MatchablePolicy, type MatchSubject } from './match-rows.js';
import { deleteStaleMatches, upsertMatches, type WrittenMatch } from './match-upsert.js';

/**
 * The matcher: enterprises' stored facts against every PUBLISHED policy version in force on a
 * day, written with one upsert per batch. Reads facts and policies through their owners' services.
 */
@Injectable()
export class MatchingService {
  /** Compiled rules by policy row and lock counter: a published version never changes, so this only grows with versions. */
  private readonly compiled = new Map<string, CompiledPolicy>();

  constructor(
    private readonly enterprises: EnterprisesService,
    private readonly policies: PoliciesService,
  ) {}

  /** Re-matches these enterprises (unknown ids are ignored) in the caller's transaction. */
  async matchEnterprises(
    manager: EntityManager,
    enterpriseIds: readonly string[],
    day: string,
  ): Promise<WrittenMatch[]> {
    const subjects = await this.enterprises.profilesOf(manager, [...new Set(enterpriseIds)].sort());
    return this.matchSubjects(manager, subjects, day);
  }

  /** Re-matches the enterprises with ids in fromId..toId in the caller's transaction. */
  async matchRange(manager: EntityManager, fromId: string, toId: string, day: string): Promise<WrittenMatch[]> {
    return this.matchSubjects(manager, await this.enterprises.profilesBetween(manager, fromId, toId), day);
  }

  /** Evaluates, upserts changed rows in one statement, and drops matches of policies no longer in force. */
  async matchSubjects(manager: EntityManager, subjects: readonly MatchSubject[], day: string): Promise<WrittenMatch[]> {
    if (!subjects.length) return [];
    const policies = (await this.policies.inForce(manager, day)).map((policy) => this.matchable(policy));
    const written = await upsertMatches(manager, matchRows(subjects, policies, day));
    await deleteStaleMatches(
      manager,
      subjects.map((s) => s.enterpriseId),
      policies.map((p) => p.id),
    );
    return written;
  }

  private matchable(policy: Policy): MatchablePolicy {
    const key = `${policy.id}:${policy.rowVersion}`;
    let compiled = this.compiled.get(key);
    if (!compiled) {
      // Published rules were validated on publishing; a park or code removed since must not stop matching.
      compiled = compilePolicy(rulesOf(policy), { validate: false });
      this.compiled.set(key, compiled);
    }
    return { id: policy.id, version: policy.version, rowVersion: policy.rowVersion, compiled };
  }
}
