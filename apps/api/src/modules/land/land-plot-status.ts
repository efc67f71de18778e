import { AppError, type LocalizedText } from '../../core/errors/app-error.js';
import { fieldFault } from '../../core/errors/field-fault.js';
import { DisposalRoute, LandPlotStatus as S } from './land-plot.enums.js';

/**
 * The life of a plot in the disposal of idle land. An idle plot either comes back into use (the
 * obstacle to building removed) or goes under recovery by a disposal route; a recovery may be
 * abandoned (back to idle) or end with the plot recovered, whose area is then the park's free land
 * until the plot is reassigned to an enterprise. A reassigned plot left idle starts over.
 */
export const LAND_TRANSITIONS: Readonly<Record<S, readonly S[]>> = {
  [S.IN_USE]: [S.IDLE],
  [S.IDLE]: [S.IN_USE, S.UNDER_RECOVERY],
  [S.UNDER_RECOVERY]: [S.IDLE, S.RECOVERED],
  [S.RECOVERED]: [S.REASSIGNED],
  [S.REASSIGNED]: [S.IDLE],
};

export const LAND_STATUS_LABELS: Readonly<Record<S, LocalizedText>> = {
  [S.IN_USE]: { zh: '使用中', en: 'In use' },
  [S.IDLE]: { zh: '闲置', en: 'Idle' },
  [S.UNDER_RECOVERY]: { zh: '收回中', en: 'Under recovery' },
  [S.RECOVERED]: { zh: '已收回', en: 'Recovered' },
  [S.REASSIGNED]: { zh: '已再配置', en: 'Reassigned' },
};

export const DISPOSAL_ROUTE_LABELS: Readonly<Record<DisposalRoute, LocalizedText>> = {
  [DisposalRoute.INTEGRATE]: { zh: '整合', en: 'Integrate' },
  [DisposalRoute.STATE_RESERVE]: { zh: '收储', en: 'State reserve' },
  [DisposalRoute.MOVE_UPSTAIRS]: { zh: '腾院上楼', en: 'Move upstairs' },
};

/** Statuses whose area counts as idle land of the park (not yet recovered). */
export const IDLE_STATUSES: readonly S[] = [S.IDLE, S.UNDER_RECOVERY];

export const canMoveLand = (from: S, to: S): boolean => LAND_TRANSITIONS[from].includes(to);

/** Refuses an illegal move, naming the statuses the plot may move to. */
export function assertLandTransition(from: S, to: S): void {
  if (canMoveLand(from, to)) return;
  const allowed = LAND_TRANSITIONS[from];
  const label = (s: S) => `“${LAND_STATUS_LABELS[s].zh}”`;
  throw AppError.badInput(
    {
      zh: `地块不能从${label(from)}变更为${label(to)}：只能变更为 ${allowed.map(label).join('、')}`,
      en: `A plot cannot move from ${from} to ${to}; from ${from} it can only move to ${allowed.join(', ')}`,
    },
    [fieldFault('status', '不允许的状态变更', 'is not a next status of the plot')],
    { from, to, allowed: [...allowed] },
  );
}

/** What a move needs besides the status: a disposal route to start a recovery, an enterprise to reassign. */
export interface LandMoveFacts {
  disposalRoute: DisposalRoute | null;
  enterpriseId: string | null;
}

/** The faults of a move's facts (none when it may go ahead). */
export function landMoveFaults(to: S, facts: LandMoveFacts) {
  const faults = [];
  if (to === S.UNDER_RECOVERY && !facts.disposalRoute) {
    faults.push(fieldFault('disposalRoute', '开始收回时必须选择处置方式', 'is required to start a recovery'));
  }
  if (to === S.REASSIGNED && !facts.enterpriseId) {
    faults.push(fieldFault('enterpriseId', '再配置时必须选择企业', 'is required to reassign a plot'));
  }
  return faults;
}

/**
 * How a move changes the park's free land, as a sign: +1 when the plot's area becomes free land
 * (recovered), −1 when it is taken again (reassigned), 0 otherwise.
 */
export function freeLandEffect(to: S): 1 | -1 | 0 {
  if (to === S.RECOVERED) return 1;
  if (to === S.REASSIGNED) return -1;
  return 0;
}

/** The plot's date a move sets (idle since, recovery started, recovered, reassigned). */
export function dateFieldOf(to: S): 'idleSince' | 'recoveryStartedOn' | 'recoveredOn' | 'reassignedOn' | null {
  switch (to) {
    case S.IDLE:
      return 'idleSince';
    case S.UNDER_RECOVERY:
      return 'recoveryStartedOn';
    case S.RECOVERED:
      return 'recoveredOn';
    case S.REASSIGNED:
      return 'reassignedOn';
    default:
      return null;
  }
}

/** Area, park and holder of a plot are fixed once it is recovered: the park's ledger holds its area. */
export const plotEditable = (status: S): boolean => status !== S.RECOVERED && status !== S.REASSIGNED;
