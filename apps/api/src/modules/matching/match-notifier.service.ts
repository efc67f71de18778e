import { Injectable } from '@nestjs/common';
import { formatMoney } from '#matching';
import type { EntityManager } from 'typeorm';
import { UsersService } from '../../core/users/users.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { PoliciesService } from '../policies/policies.service.js';
import type { WrittenMatch } from './match-upsert.js';

/**
 * Tells an enterprise's users when it newly qualifies for a policy version: once per enterprise
 * and version (the dedupe key), with the estimated benefit and the application deadline.
 */
@Injectable()
export class MatchNotifier {
  constructor(
    private readonly users: UsersService,
    private readonly policies: PoliciesService,
    private readonly notifications: NotificationsService,
  ) {}

  async notifyEligible(manager: EntityManager, written: readonly WrittenMatch[]): Promise<void> {
    const fresh = written.filter((w) => w.outcome === 'ELIGIBLE' && w.previousOutcome !== 'ELIGIBLE');
    if (!fresh.length) return;
    const policies = new Map(
      (await this.policies.byIds([...new Set(fresh.map((w) => w.policyId))], manager)).map((p) => [p.id, p]),
    );
    const byEnterprise = new Map<string, WrittenMatch[]>();
    for (const match of fresh)
      byEnterprise.set(match.enterpriseId, [...(byEnterprise.get(match.enterpriseId) ?? []), match]);
    for (const [enterpriseId, matches] of byEnterprise) {
      const userIds = await this.users.usersOfEnterprise(manager, enterpriseId);
      for (const userId of userIds) {
        for (const match of matches) {
          const policy = policies.get(match.policyId);
          if (!policy) continue;
          const money = formatMoney(match.benefit);
          const deadline = policy.applicationDeadline;
          await this.notifications.enqueue(manager, {
            userId,
            kind: 'POLICY_ELIGIBLE',
            dedupeKey: `policy-eligible:${policy.id}`,
            title: `您的企业符合政策：${policy.title}`,
            titleEn: `Your enterprise qualifies for: ${policy.titleEn}`,
            body: `预计可享受 ${money.zh}${deadline ? `，申报截止 ${deadline}` : ''}。`,
            bodyEn: `Estimated benefit ${money.en}${deadline ? `; apply by ${deadline}` : ''}.`,
            data: { policyId: policy.id, enterpriseId, benefit: match.benefit, applicationDeadline: deadline },
          });
        }
      }
    }
  }
}
