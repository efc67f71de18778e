import { Injectable } from '@nestjs/common';
import { formatMoney } from '#matching';
import type { EntityManager } from 'typeorm';
import { UsersService } from '../../core/users/users.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { PoliciesService } from '../policies/policies.service.js';
import { MatchRunTrigger } from './match-run.enums.js';
import type { MatchRun } from './match-run.entity.js';
import type { WrittenMatch } from './match-upsert.js';

const TRIGGER_WORDS: Record<MatchRunTrigger, { zh: string; en: string }> = {
  [MatchRunTrigger.POLICY_PUBLISHED]: { zh: '政策发布', en: 'policy published' },
  [MatchRunTrigger.POLICY_RETIRED]: { zh: '政策废止', en: 'policy retired' },
  [MatchRunTrigger.DAILY]: { zh: '每日匹配', en: 'daily re-match' },
  [MatchRunTrigger.DEMO_SEED]: { zh: '载入示例数据', en: 'sample data loaded' },
};

/** Titles are varchar(200); a long policy title must not make the notification job fail. */
const clip = (title: string): string => (title.length > 200 ? `${title.slice(0, 199)}…` : title);

/**
 * Tells an enterprise's users when it newly qualifies for a policy version: once per enterprise
 * and version (the dedupe key), with the estimated benefit and the application deadline. Tells
 * staff when a re-match run ends FAILED (once per run).
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
            title: clip(`您的企业符合政策：${policy.title}`),
            titleEn: clip(`Your enterprise qualifies for: ${policy.titleEn}`),
            body: `预计可享受 ${money.zh}${deadline ? `，申报截止 ${deadline}` : ''}。`,
            bodyEn: `Estimated benefit ${money.en}${deadline ? `; apply by ${deadline}` : ''}.`,
            data: { policyId: policy.id, enterpriseId, benefit: match.benefit, applicationDeadline: deadline },
          });
        }
      }
    }
  }

  /** Every admin and bureau staff member, once per run (the dedupe key): how many enterprises were left unmatched. */
  async notifyRunFailed(manager: EntityManager, run: MatchRun): Promise<void> {
    const [policy] = run.policyId ? await this.policies.byIds([run.policyId], manager) : [];
    const cause = TRIGGER_WORDS[run.trigger];
    const zh = policy ? `${cause.zh}：${policy.title}` : cause.zh;
    const en = policy ? `${cause.en}: ${policy.titleEn}` : cause.en;
    await this.notifications.enqueueToEach(manager, await this.users.staffIds(manager), {
      kind: 'MATCH_RUN_FAILED',
      dedupeKey: `match-run-failed:${run.id}`,
      title: clip(`匹配任务失败（${zh}）`),
      titleEn: clip(`Match run failed (${en})`),
      body:
        `${run.failed} 家企业未能完成匹配（共 ${run.total} 家，已完成 ${run.done} 家）。` +
        '原因见工作进程日志；这些企业会在下一次每日匹配（每天 00:10）中重新匹配。',
      bodyEn:
        `${run.failed} enterprises could not be matched (${run.done} of ${run.total} done). ` +
        'The worker logs say why; they are matched again by the next daily run (00:10 every day).',
      data: { runId: run.id, policyId: run.policyId, total: run.total, done: run.done, failed: run.failed },
    });
  }
}
