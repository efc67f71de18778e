import { Injectable } from '@nestjs/common';
import { formatMoney } from '#matching';
import type { EntityManager } from 'typeorm';
import { UsersService } from '../../core/users/users.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { PoliciesService } from '../policies/policies.service.js';
import type { Policy } from '../policies/policy.entity.js';

/** An enterprise qualifying for a policy is reminded when this many days or fewer are left to apply. */
export const CLOSING_SOON_DAYS = 14;

const DAY_MS = 86_400_000;

/** Whole days from one 'YYYY-MM-DD' to another (calendar days, no time zone involved). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * The daily reminder: the users of every enterprise stored as ELIGIBLE for a policy in force whose
 * application deadline is 0–14 days away are told once per policy version (the dedupe key), with
 * the deadline and the estimated benefit. Reads the stored matches, which every trigger keeps current.
 */
@Injectable()
export class MatchDeadlineNotifier {
  constructor(
    private readonly users: UsersService,
    private readonly policies: PoliciesService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Queues the reminders in the caller's transaction; answers how many enterprises were reminded. */
  async notifyClosingSoon(manager: EntityManager, day: string): Promise<number> {
    const closing = (await this.policies.inForce(manager, day)).filter((policy) => {
      if (!policy.applicationDeadline) return false;
      const left = daysBetween(day, policy.applicationDeadline);
      return left >= 0 && left <= CLOSING_SOON_DAYS;
    });
    let reminded = 0;
    for (const policy of closing) {
      const eligible = (await manager.query(
        `SELECT "enterpriseId", benefit::float8 AS benefit FROM policy_matches
          WHERE "policyId" = $1 AND outcome = 'ELIGIBLE' ORDER BY "enterpriseId"`,
        [policy.id],
      )) as { enterpriseId: string; benefit: number }[];
      for (const { enterpriseId, benefit } of eligible) {
        await this.remind(manager, policy, enterpriseId, benefit, daysBetween(day, policy.applicationDeadline!));
        reminded += 1;
      }
    }
    return reminded;
  }

  private async remind(
    manager: EntityManager,
    policy: Policy,
    enterpriseId: string,
    benefit: number,
    daysLeft: number,
  ): Promise<void> {
    const deadline = policy.applicationDeadline!;
    const money = formatMoney(benefit);
    const when =
      daysLeft === 0
        ? { zh: '今天截止', en: 'closes today' }
        : { zh: `还剩 ${daysLeft} 天`, en: `${daysLeft} days left` };
    for (const userId of await this.users.usersOfEnterprise(manager, enterpriseId)) {
      await this.notifications.enqueue(manager, {
        userId,
        kind: 'POLICY_CLOSING_SOON',
        dedupeKey: `policy-closing:${policy.id}`,
        title: `申报即将截止（${when.zh}）：${policy.title}`.slice(0, 200),
        titleEn: `Application closes soon (${when.en}): ${policy.titleEn}`.slice(0, 200),
        body: `您的企业符合该政策，申报截止 ${deadline}${benefit > 0 ? `，预计可享受 ${money.zh}` : ''}。请在截止前提交申报。`,
        bodyEn: `Your enterprise qualifies; apply by ${deadline}${benefit > 0 ? ` (estimated benefit ${money.en})` : ''}.`,
        data: { policyId: policy.id, enterpriseId, benefit, applicationDeadline: deadline, daysLeft },
      });
    }
  }
}
