import { AppError } from '../../core/errors/app-error.js';
import { ApplicationStatus as S } from './application.enums.js';

/**
 * The lifecycle of a placement application. Staff may take an application under review and decide
 * from any status before a decision; park matching moves a screened SUBMITTED application to
 * RECOMMENDED. Before a decision staff may also return it for correction (补正, RETURNED) with what to
 * fix; the enterprise then corrects it and submits it again. The enterprise may withdraw until it
 * moves in (an approval gives its space back).
 */
export const TRANSITIONS: Readonly<Record<S, readonly S[]>> = {
  [S.DRAFT]: [S.SUBMITTED, S.WITHDRAWN],
  [S.SUBMITTED]: [S.SCREENING, S.RECOMMENDED, S.UNDER_REVIEW, S.RETURNED, S.APPROVED, S.REJECTED, S.WITHDRAWN],
  [S.SCREENING]: [S.RECOMMENDED, S.UNDER_REVIEW, S.RETURNED, S.APPROVED, S.REJECTED, S.WITHDRAWN],
  [S.RECOMMENDED]: [S.UNDER_REVIEW, S.RETURNED, S.APPROVED, S.REJECTED, S.WITHDRAWN],
  [S.UNDER_REVIEW]: [S.RETURNED, S.APPROVED, S.REJECTED, S.WITHDRAWN],
  // Returned for correction (补正): the enterprise submits it again, corrected, or withdraws it.
  [S.RETURNED]: [S.SUBMITTED, S.WITHDRAWN],
  // Withdrawn (by the enterprise) or cancelled (by staff) before moving in: the space goes back.
  [S.APPROVED]: [S.MOVED_IN, S.WITHDRAWN],
  [S.REJECTED]: [],
  [S.MOVED_IN]: [],
  [S.WITHDRAWN]: [],
};

export const STATUS_LABELS: Readonly<Record<S, { zh: string; en: string }>> = {
  [S.DRAFT]: { zh: '草稿', en: 'draft' },
  [S.SUBMITTED]: { zh: '已提交', en: 'submitted' },
  [S.SCREENING]: { zh: '初筛中', en: 'screening' },
  [S.RECOMMENDED]: { zh: '已推荐', en: 'recommended' },
  [S.UNDER_REVIEW]: { zh: '审核中', en: 'under review' },
  [S.RETURNED]: { zh: '待补正', en: 'returned for correction' },
  [S.APPROVED]: { zh: '已批准', en: 'approved' },
  [S.REJECTED]: { zh: '已驳回', en: 'rejected' },
  [S.MOVED_IN]: { zh: '已入驻', en: 'moved in' },
  [S.WITHDRAWN]: { zh: '已撤回', en: 'withdrawn' },
};

export function canMove(from: S, to: S): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Refuses an illegal transition, naming the statuses the application may move to. */
export function assertTransition(from: S, to: S): void {
  if (canMove(from, to)) return;
  const allowed = TRANSITIONS[from];
  const label = (s: S) => `“${STATUS_LABELS[s].zh}”（${s}）`;
  const zh = allowed.length
    ? `申请不能从${label(from)}变更为${label(to)}：只能从${label(from)}变更为 ${allowed.map(label).join('、')}`
    : `申请不能从${label(from)}变更为${label(to)}：${label(from)}是最终状态，不能再变更`;
  const en = allowed.length
    ? `An application cannot move from ${from} to ${to}; from ${from} it can only move to ${allowed.join(', ')}`
    : `An application cannot move from ${from} to ${to}; ${from} is final`;
  throw AppError.badInput({ zh: zh, en: en }, [], { from, to, allowed: [...allowed] });
}
