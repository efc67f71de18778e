import { addWorkingDays } from '../../core/time/working-days.js';
import type { NewEnterprise } from '../enterprises/enterprise-profile.service.js';
import { RequestKind, RequestStatus } from '../requests/request.enums.js';
import { DemoClock } from './demo-clock.js';
import { REQUEST_TEXTS, SATISFACTION_NOTES } from './demo-request-texts.js';
import type { Prng } from './prng.js';

const HOUR_MS = 3600_000;

/** How the sample requests stand: every status, some overdue, some answered late, some rated. */
export type DemoRequestPlan =
  | 'OVERDUE' // open, unanswered past its deadline
  | 'FRESH' // open, filed yesterday, still in time
  | 'FOLLOW_UP' // answered, then the enterprise asked again: open
  | 'ANSWERED'
  | 'RESOLVED'
  | 'RATED' // resolved, then closed by the enterprise's mark
  | 'CLOSED_UNRATED'; // resolved, closed by staff without a mark

export const DEMO_REQUEST_PLAN: readonly (readonly [DemoRequestPlan, number])[] = [
  ['OVERDUE', 5],
  ['FRESH', 3],
  ['FOLLOW_UP', 2],
  ['ANSWERED', 6],
  ['RESOLVED', 4],
  ['RATED', 5],
  ['CLOSED_UNRATED', 1],
];

const STATUS: Readonly<Record<DemoRequestPlan, RequestStatus>> = {
  OVERDUE: RequestStatus.OPEN,
  FRESH: RequestStatus.OPEN,
  FOLLOW_UP: RequestStatus.OPEN,
  ANSWERED: RequestStatus.ANSWERED,
  RESOLVED: RequestStatus.RESOLVED,
  RATED: RequestStatus.CLOSED,
  CLOSED_UNRATED: RequestStatus.CLOSED,
};

/** How many days back each kind of request was filed. */
const FILED_DAYS_AGO: Readonly<Record<DemoRequestPlan, readonly [number, number]>> = {
  OVERDUE: [6, 25],
  FRESH: [1, 1],
  FOLLOW_UP: [10, 40],
  ANSWERED: [4, 40],
  RESOLVED: [20, 90],
  RATED: [30, 180],
  CLOSED_UNRATED: [40, 180],
};

export interface DemoRequestMessage {
  /** The bureau's (answer or internal note), else the enterprise's. */
  fromBureau: boolean;
  body: string;
  internal: boolean;
  at: Date;
}

export interface DemoRequest {
  /** The filing enterprise, by code. */
  uscc: string;
  plan: DemoRequestPlan;
  kind: RequestKind;
  subject: string;
  body: string;
  status: RequestStatus;
  /** The staff member answering it (the loader maps slots onto its staff); null: unassigned. */
  ownerSlot: number | null;
  filedAt: Date;
  responseDueAt: Date;
  firstAnsweredAt: Date | null;
  resolvedAt: Date | null;
  satisfaction: number | null;
  satisfactionNote: string | null;
  messages: DemoRequestMessage[];
}

export interface DemoRequestOptions {
  today: string;
  requestWorkingDays: number;
  /** The sample enterprises (those in the district file requests). */
  enterprises: readonly NewEnterprise[];
  /** An enterprise that files an answered and a rated request, when it exists (the demo user's own). */
  preferred?: string;
}

/** Sample requests of sample enterprises in every status, with their threads. */
export function generateDemoRequests(prng: Prng, options: DemoRequestOptions): DemoRequest[] {
  const clock = new DemoClock(options.today);
  const inZone = options.enterprises.filter((enterprise) => enterprise.inZone).map((enterprise) => enterprise.uscc);
  const used = new Set<string>();
  const filer = (): string => {
    for (;;) {
      const uscc = prng.pick(inZone);
      if (used.has(uscc)) continue;
      used.add(uscc);
      return uscc;
    }
  };
  // The preferred enterprise gets an answered and a rated request: its user sees both.
  const requests: DemoRequest[] = [];
  for (const [plan, count] of DEMO_REQUEST_PLAN) {
    for (let j = 0; j < count; j += 1) {
      const own = (plan === 'ANSWERED' || plan === 'RATED') && j === 0 ? options.preferred : undefined;
      const text = REQUEST_TEXTS[(requests.length * 5) % REQUEST_TEXTS.length];
      requests.push(demoRequest(prng, clock, options, plan, own ?? filer(), text, requests.length));
    }
  }
  return requests;
}

function demoRequest(
  prng: Prng,
  clock: DemoClock,
  options: DemoRequestOptions,
  plan: DemoRequestPlan,
  uscc: string,
  text: (typeof REQUEST_TEXTS)[number],
  index: number,
): DemoRequest {
  const [from, to] = FILED_DAYS_AGO[plan];
  const filedAt = clock.at(prng.int(from, to), prng.int(9, 17), prng.int(0, 59));
  const responseDueAt = addWorkingDays(filedAt, options.requestWorkingDays);
  const messages: DemoRequestMessage[] = [];
  let at = filedAt.getTime();
  const after = (minHours: number, maxHours: number): Date => {
    at += (minHours + (maxHours - minHours) * prng.next()) * HOUR_MS;
    return new Date(at);
  };
  const say = (fromBureau: boolean, body: string, internal = false) =>
    messages.push({ fromBureau, body, internal, at: after(2, 40) });

  const withNote = index % 2 === 0;
  if (plan === 'OVERDUE' && withNote) say(true, `内部：${text.note}`, true);
  let firstAnsweredAt: Date | null = null;
  if (plan !== 'OVERDUE' && plan !== 'FRESH') {
    // One answer in six comes after its deadline: the dashboard's response times have a tail.
    if (index % 6 === 5 && from >= 20) at = responseDueAt.getTime();
    say(true, text.answer);
    firstAnsweredAt = messages[messages.length - 1].at;
    if (withNote) say(true, `内部：${text.note}`, true);
  }
  if (plan === 'FOLLOW_UP' || plan === 'RESOLVED') say(false, text.followUp);
  if (plan === 'RESOLVED') say(true, '已协调相关部门办结，如仍有问题请随时反馈。');
  const resolved = plan === 'RESOLVED' || plan === 'RATED' || plan === 'CLOSED_UNRATED';
  const resolvedAt = resolved ? after(4, 72) : null;
  const satisfaction = plan === 'RATED' ? Number(prng.weighted({ '5': 45, '4': 35, '3': 15, '2': 5 })) : null;
  return {
    uscc,
    plan,
    kind: text.kind,
    subject: text.subject,
    body: text.body,
    status: STATUS[plan],
    ownerSlot: plan === 'FRESH' || (plan === 'OVERDUE' && !withNote) ? null : prng.int(0, 2),
    filedAt,
    responseDueAt,
    firstAnsweredAt,
    resolvedAt,
    satisfaction,
    satisfactionNote: satisfaction ? (SATISFACTION_NOTES[satisfaction] ?? null) : null,
    messages,
  };
}
