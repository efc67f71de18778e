import { INDUSTRIES, PARKS } from '#plan-data';
import { addWorkingDays } from '../../core/time/working-days.js';
import type { NewEnterprise } from '../enterprises/enterprise-profile.service.js';
import { PIPELINE } from '../leads/lead-stage.js';
import type { Lead } from '../leads/lead.entity.js';
import { ActivityKind as K, LeadSource as Src, LeadStage as S } from '../leads/lead.enums.js';
import { chinaDate, DemoClock } from './demo-clock.js';
import * as T from './demo-lead-texts.js';
import { figures, prospect, type Prospect, type ProspectContext } from './demo-prospects.js';
import type { Prng } from './prng.js';

const WAN = 10_000;
const PRIORITY = INDUSTRIES.filter((industry) => industry.category === 'PRIORITY');

/** How many sample leads end at each stage: a funnel, with some lost on the way. */
export const DEMO_LEAD_PLAN: readonly (readonly [S, number])[] = [
  [S.LEAD, 12],
  [S.CONTACTED, 10],
  [S.VISITED, 9],
  [S.NEGOTIATING, 9],
  [S.SIGNED, 7],
  [S.REGISTERED, 5],
  [S.CONSTRUCTING, 5],
  [S.OPERATING, 5],
  [S.AFTERCARE, 4],
  [S.LOST, 6],
];
/** Where the lost ones dropped out (a signed project can still be lost). */
const LOST_FROM = [S.CONTACTED, S.VISITED, S.NEGOTIATING, S.LEAD, S.NEGOTIATING, S.SIGNED] as const;
/** Relative time spent before each move (signing and ramp-up take longest). */
const MOVE_WEIGHT: Readonly<Record<S, number>> = {
  [S.LEAD]: 0,
  [S.CONTACTED]: 1,
  [S.VISITED]: 2,
  [S.NEGOTIATING]: 2.5,
  [S.SIGNED]: 3,
  [S.REGISTERED]: 1,
  [S.CONSTRUCTING]: 2,
  [S.OPERATING]: 4,
  [S.AFTERCARE]: 2,
  [S.LOST]: 2,
};
const MOVE_KIND: Readonly<Record<S, readonly K[]>> = {
  [S.LEAD]: [K.NOTE],
  [S.CONTACTED]: [K.CALL, K.EMAIL, K.MEETING],
  [S.VISITED]: [K.SITE_VISIT],
  [S.NEGOTIATING]: [K.MEETING],
  [S.SIGNED]: [K.MEETING],
  [S.REGISTERED]: [K.NOTE],
  [S.CONSTRUCTING]: [K.VISIT],
  [S.OPERATING]: [K.VISIT],
  [S.AFTERCARE]: [K.VISIT],
  [S.LOST]: [K.CALL],
};
const PROBABILITY: Readonly<Record<S, number>> = {
  [S.LEAD]: 10,
  [S.CONTACTED]: 20,
  [S.VISITED]: 35,
  [S.NEGOTIATING]: 60,
  [S.SIGNED]: 100,
  [S.REGISTERED]: 100,
  [S.CONSTRUCTING]: 100,
  [S.OPERATING]: 100,
  [S.AFTERCARE]: 100,
  [S.LOST]: 0,
};
const FAIRS: readonly Src[] = [Src.EXPO_CHINA_EURASIA, Src.CANTON_FAIR, Src.PROCUREMENT_FAIR];

export type DemoLeadFields = Pick<
  Lead,
  | 'companyName'
  | 'uscc'
  | 'origin'
  | 'ownership'
  | 'targetFlags'
  | 'contacts'
  | 'source'
  | 'sourceDetail'
  | 'industryCode'
  | 'chainSegment'
  | 'summary'
  | 'plannedInvestment'
  | 'jobs'
  | 'expectedAnnualTax'
  | 'landMu'
  | 'floorSqm'
  | 'pollutionCategory'
  | 'probability'
  | 'expectedSigningDate'
  | 'nextAction'
  | 'nextActionDate'
  | 'tags'
  | 'enquiryReceivedAt'
  | 'responseDueAt'
  | 'firstResponseAt'
  | 'stage'
  | 'stageChangedAt'
  | 'lostFromStage'
  | 'lostReason'
  | 'signedOn'
  | 'contractedInvestment'
  | 'contractedJobs'
  | 'contractedAnnualTax'
  | 'constructionStartedOn'
  | 'operatingSince'
  | 'createdAt'
>;

export interface DemoStageChange {
  from: S | null;
  to: S;
  at: Date;
  note: string | null;
}

export interface DemoActivity {
  kind: K;
  occurredAt: Date;
  summary: string;
  participants: string[];
  followUpOn: string | null;
}

export interface DemoActual {
  year: number;
  investmentPaid: number;
  hires: number;
  taxPaid: number;
  note: string | null;
}

export interface DemoLead {
  fields: DemoLeadFields;
  /** Which staff member follows it: the loader maps slots onto the staff it has. */
  ownerSlot: number;
  /** Park code (the loader resolves the id). */
  targetParkCode: string | null;
  /** The sample enterprise it links to (registered, or an expansion of a firm already here). */
  enterpriseUscc: string | null;
  history: DemoStageChange[];
  activities: DemoActivity[];
  actuals: DemoActual[];
}

export interface DemoLeadOptions {
  today: string;
  enquiryWorkingDays: number;
  /** The sample enterprises: registered projects link to some of them. */
  enterprises: readonly NewEnterprise[];
  /** Names in use (the enterprises'); the leads' join them. */
  taken: Set<string>;
}

/** The sample pipeline: every stage, lost ones, enquiries (some overdue), activities and actuals. */
export function generateDemoLeads(prng: Prng, options: DemoLeadOptions): DemoLead[] {
  const clock = new DemoClock(options.today);
  const linkable = options.enterprises.filter((e) => e.inZone && e.parkCode && e.chainSegment);
  const used = new Set<string>();
  const leads: DemoLead[] = [];
  for (const [stage, count] of DEMO_LEAD_PLAN) {
    for (let j = 0; j < count; j += 1) {
      const industry = PRIORITY[leads.length % PRIORITY.length];
      let segment = industry.segments[Math.floor(leads.length / PRIORITY.length) % industry.segments.length];
      let enterprise: NewEnterprise | null = null;
      if (stage !== S.LOST && PIPELINE.indexOf(stage) >= PIPELINE.indexOf(S.REGISTERED)) {
        enterprise = linkable.find((e) => e.industry === industry.code && !used.has(e.uscc)) ?? null;
        if (!enterprise) throw new Error(`no sample enterprise of ${industry.code} left to link`);
        used.add(enterprise.uscc);
        segment = industry.segments.find((s) => s.code === enterprise!.chainSegment) ?? segment;
      }
      const context = {
        clock,
        options,
        taken: options.taken,
        industry: industry.code,
        segment: segment.code,
        segmentName: segment.name,
      };
      leads.push(demoLead(prng, context, stage, j, enterprise, leads.length));
    }
  }
  return leads;
}

interface LeadContext extends ProspectContext {
  clock: DemoClock;
  options: DemoLeadOptions;
  segmentName: string;
}

type Enquiry = 'OVERDUE' | 'FRESH' | 'ANSWERED' | null;

function enquiryOf(stage: S, j: number): Enquiry {
  if (stage === S.LEAD) return j < 5 ? 'OVERDUE' : j < 7 ? 'FRESH' : null;
  return (stage === S.CONTACTED || stage === S.VISITED) && j < 2 ? 'ANSWERED' : null;
}

function demoLead(
  prng: Prng,
  ctx: LeadContext,
  final: S,
  j: number,
  enterprise: NewEnterprise | null,
  index: number,
): DemoLead {
  const { clock } = ctx;
  const enquiry = enquiryOf(final, j);
  const lostFrom = final === S.LOST ? LOST_FROM[j % LOST_FROM.length] : null;
  const reach = PIPELINE.indexOf(lostFrom ?? final);
  const path = [...PIPELINE.slice(1, reach + 1), ...(lostFrom ? [S.LOST] : [])];

  const who = prospect(prng, ctx, enquiry !== null, enterprise);
  const money = figures(prng, ctx, who.flags, enterprise);

  // The story's moments: created S0 days ago, moves spread by weight, the last one recently.
  const start =
    enquiry === 'OVERDUE'
      ? prng.int(5, 25)
      : enquiry === 'FRESH'
        ? 1
        : path.length === 0
          ? prng.int(3, 90)
          : prng.int(Math.max(10, reach * 40 - 20), Math.min(540, 100 + reach * 55));
  const createdAt = clock.at(start, prng.int(9, 17), prng.int(0, 59));
  const lastAgo = path.length ? prng.int(1, Math.max(1, Math.min(45, Math.floor(start / 4)))) : start;
  const weights = path.map((stage) => MOVE_WEIGHT[stage] * (0.6 + 0.8 * prng.next()));
  const total = weights.reduce((sum, w) => sum + w, 0);
  let cumulative = 0;
  let previousAgo = start;
  const history: DemoStageChange[] = [{ from: null, to: S.LEAD, at: createdAt, note: null }];
  for (const [k, to] of path.entries()) {
    cumulative += weights[k];
    const ago = Math.min(previousAgo - 1, Math.round(start - ((start - lastAgo) * cumulative) / total));
    previousAgo = Math.max(1, ago);
    const note = to === S.LOST ? prng.pick(T.LOST_REASONS) : to === S.SIGNED ? '签订投资合作协议' : null;
    history.push({ from: history[k].to, to, at: clock.at(previousAgo, prng.int(9, 17), prng.int(0, 59)), note });
  }
  const movedAt = (stage: S) => history.find((change) => change.to === stage)?.at ?? null;
  const dateOf = (stage: S) => (movedAt(stage) ? chinaDate(movedAt(stage)!) : null);
  const last = history[history.length - 1];

  const words = { park: parkName(money.parkCode), seg: ctx.segmentName, who: who.contacts[0].name };
  const activities = enquiry === 'OVERDUE' || enquiry === 'FRESH' ? [] : activitiesOf(prng, ctx, history, who, words);
  const open = final !== S.LOST;
  const overdueAction = enquiry === 'OVERDUE' || (open && enquiry !== 'FRESH' && prng.chance(0.3));
  const receivedDue = addWorkingDays(createdAt, ctx.options.enquiryWorkingDays);
  const nextActionDate = !open
    ? null
    : enquiry
      ? enquiry === 'ANSWERED'
        ? clock.date(-prng.int(1, 20))
        : chinaDate(receivedDue)
      : overdueAction
        ? clock.date(prng.int(1, 20))
        : clock.date(-prng.int(1, 30));
  const followUp = activities.at(-1);
  if (followUp && nextActionDate) followUp.followUpOn = nextActionDate;
  const responses = [...activities.map((a) => a.occurredAt), ...history.slice(1).map((h) => h.at)];

  const signed = reach >= PIPELINE.indexOf(S.SIGNED);
  const lead: DemoLeadFields = {
    companyName: who.name,
    uscc: enterprise?.uscc ?? null,
    origin: who.origin,
    ownership: who.ownership,
    targetFlags: who.flags,
    contacts: who.contacts,
    source: who.source,
    sourceDetail: T.sourceDetail(who.source, who.origin, Number(chinaDate(createdAt).slice(0, 4))),
    industryCode: ctx.industry,
    chainSegment: ctx.segment,
    summary: T.projectSummary(ctx.segmentName, money.landMu !== null, enterprise !== null),
    plannedInvestment: money.planned,
    jobs: money.jobs,
    expectedAnnualTax: money.tax,
    landMu: money.landMu,
    floorSqm: money.floorSqm,
    pollutionCategory: money.pollution,
    probability: PROBABILITY[final],
    expectedSigningDate: open && !signed ? clock.date(-prng.int(30, 240)) : null,
    nextAction: open ? (enquiry && enquiry !== 'ANSWERED' ? '答复企业咨询' : T.NEXT_ACTIONS[final]) : null,
    nextActionDate,
    tags: prng.chance(0.4) ? [prng.pick(T.TAGS)] : [],
    enquiryReceivedAt: enquiry ? createdAt : null,
    responseDueAt: enquiry ? receivedDue : null,
    firstResponseAt: enquiry === 'ANSWERED' ? new Date(Math.min(...responses.map((moment) => moment.getTime()))) : null,
    stage: final,
    stageChangedAt: last.at,
    lostFromStage: lostFrom,
    lostReason: lostFrom ? last.note : null,
    signedOn: dateOf(S.SIGNED),
    contractedInvestment: signed ? roundTo(money.planned * (0.8 + 0.35 * prng.next()), 100 * WAN) : null,
    contractedJobs: signed ? Math.round(money.jobs * (0.8 + 0.3 * prng.next())) : null,
    contractedAnnualTax: signed ? roundTo(money.tax * (0.8 + 0.3 * prng.next()), WAN) : null,
    constructionStartedOn: dateOf(S.CONSTRUCTING),
    operatingSince: dateOf(S.OPERATING),
    createdAt,
  };
  return {
    fields: lead,
    ownerSlot: Number(prng.weighted({ '0': 50, '1': 25, '2': 25 })),
    targetParkCode: money.parkCode,
    enterpriseUscc: enterprise?.uscc ?? null,
    history,
    activities,
    actuals: actualsOf(prng, lead, clock, index),
  };
}

function activitiesOf(
  prng: Prng,
  ctx: LeadContext,
  history: readonly DemoStageChange[],
  who: Prospect,
  words: Record<string, string>,
): DemoActivity[] {
  const participants = [who.contacts[0].name, '高新区招商局'];
  const activity = (kind: K, occurredAt: Date, template: string): DemoActivity => ({
    kind,
    occurredAt,
    summary: T.fill(template, words),
    participants,
    followUpOn: null,
  });
  const created = history[0].at;
  const list: DemoActivity[] = [];
  if (FAIRS.includes(who.source)) {
    list.push(
      activity(
        K.EXHIBITION,
        created,
        `在${T.sourceDetail(who.source, who.origin, created.getUTCFullYear())}上与{who}交流，收集项目需求`,
      ),
    );
  } else if (history.length === 1) {
    list.push(activity(K.NOTE, created, T.MOVE_ACTIVITIES[S.LEAD][0]));
  }
  // What led to each of the last three moves, logged a little before it.
  for (let k = Math.max(1, history.length - 3); k < history.length; k += 1) {
    const { at, to } = history[k];
    const before = history[k - 1].at.getTime();
    const moment = new Date(at.getTime() - (at.getTime() - before) * (0.05 + 0.25 * prng.next()));
    list.push(activity(prng.pick(MOVE_KIND[to]), moment, prng.pick(T.MOVE_ACTIVITIES[to])));
  }
  // A follow-up since the last move, for open leads (before today, so never in the future).
  const last = history[history.length - 1];
  const yesterday = ctx.clock.at(1, 0);
  if (last.to !== S.LOST && last.at < yesterday && prng.chance(0.7)) {
    const moment = new Date(last.at.getTime() + (yesterday.getTime() - last.at.getTime()) * (0.3 + 0.6 * prng.next()));
    list.push(activity(prng.pick([K.CALL, K.VISIT, K.NOTE]), moment, prng.pick(T.FOLLOW_UPS)));
  }
  return list;
}

/** Yearly results of a plant in production; every third one behind its commitments. */
function actualsOf(prng: Prng, lead: DemoLeadFields, clock: DemoClock, index: number): DemoActual[] {
  if (!lead.operatingSince || lead.stage === S.LOST) return [];
  const first = Number(lead.operatingSince.slice(0, 4));
  const lastYear = Number(clock.today.slice(0, 4));
  const years = lastYear - first + 1;
  const short = index % 3 === 0;
  const rows: DemoActual[] = [];
  for (let year = first; year <= lastYear; year += 1) {
    const share = short ? 0.35 + 0.3 * prng.next() : 0.9 + 0.25 * prng.next();
    rows.push({
      year,
      investmentPaid: roundTo(((lead.contractedInvestment ?? 0) / years) * share, WAN),
      hires: Math.round(((lead.contractedJobs ?? 0) / years) * share),
      taxPaid: roundTo((lead.contractedAnnualTax ?? 0) * share, 1000),
      note: short ? '投产进度滞后，到资和纳税未达承诺（示例数据）' : '示例数据',
    });
  }
  return rows;
}

const parkName = (code: string | null) => PARKS.find((park) => park.code === code)?.name ?? '高新区';
const roundTo = (value: number, step: number): number => Math.round(value / step) * step;
