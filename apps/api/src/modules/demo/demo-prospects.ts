import { PARKS, type Ownership, type PollutionCategory } from '#plan-data';
import type { NewEnterprise } from '../enterprises/enterprise-profile.service.js';
import type { LeadContact } from '../leads/lead.entity.js';
import { LeadSource as Src, LeadTargetFlag as F } from '../leads/lead.enums.js';
import * as T from './demo-lead-texts.js';
import { demoPerson, demoProspectName } from './demo-names.js';
import type { Prng } from './prng.js';

// Who a sample lead is (name, origin, ownership, the plan's target flags, contacts, channel) and
// what its project would bring (money in yuan, land in 亩, floor in m², park).

const WAN = 10_000;
/** Services segments need offices, not land. */
const OFFICE_SEGMENTS =
  /HEALTHCARE_SERVICES|PHARMA_DISTRIBUTION|SMART_SUPPLY_CHAIN|SOFTWARE|IT_INNOVATION|SECURITY|5G|INTERNET|RD_DESIGN|MAINTENANCE/;

export interface ProspectContext {
  industry: string;
  segment: string;
  /** Names in use; a new prospect's joins them. */
  taken: Set<string>;
}

export interface Prospect {
  name: string;
  origin: string;
  ownership: Ownership;
  flags: F[];
  source: Src;
  contacts: LeadContact[];
}

export function prospect(
  prng: Prng,
  ctx: ProspectContext,
  enquiry: boolean,
  enterprise: NewEnterprise | null,
): Prospect {
  const { ONLINE_ENQUIRY: _online, ...found } = T.SOURCE_WEIGHTS;
  const source = enquiry ? Src.ONLINE_ENQUIRY : prng.weighted(found);
  const foreign =
    !enterprise && (source === Src.OFFSHORE_INCUBATOR || source === Src.PROCUREMENT_FAIR) && prng.chance(0.6);
  const origin = enterprise
    ? '新疆维吾尔自治区'
    : foreign
      ? prng.pick(Object.keys(T.FOREIGN_ORIGINS))
      : source === Src.PAIRING_PROVINCE
        ? prng.pick(T.PAIRING_PROVINCES)
        : prng.pick(Object.keys(T.DOMESTIC_ORIGINS));
  const odds: [F, number][] = [
    [F.GLOBAL_500, 0.05],
    [F.CHINA_500, 0.1],
    [F.CENTRAL_SOE, 0.08],
    [F.LEADING_PRIVATE, 0.15],
    [F.WELL_KNOWN_BRAND, 0.1],
    [F.INDUSTRY_LEADER, 0.15],
    [F.TECH_PIONEER, 0.25],
    [F.LISTED, 0.2],
  ];
  let flags = odds.filter(([, p]) => prng.chance(p)).map(([flag]) => flag);
  const ownership: Ownership = enterprise
    ? (enterprise.ownership as Ownership)
    : foreign
      ? prng.pick(['FOREIGN', 'JOINT'] as const)
      : flags.includes(F.CENTRAL_SOE)
        ? 'STATE'
        : prng.weighted<Ownership>({ PRIVATE: 80, STATE: 10, JOINT: 10, FOREIGN: 0 });
  if (ownership !== 'STATE') flags = flags.filter((flag) => flag !== F.CENTRAL_SOE);
  if (ownership !== 'PRIVATE') flags = flags.filter((flag) => flag !== F.LEADING_PRIVATE);
  if (enterprise || foreign) flags = flags.filter((flag) => flag !== F.CHINA_500 && flag !== F.GLOBAL_500);
  const prefix = foreign ? T.FOREIGN_ORIGINS[origin] : prng.pick(T.DOMESTIC_ORIGINS[origin] ?? ['西部']);
  const name = enterprise ? enterprise.name : demoProspectName(prng, prefix, ctx.industry, ctx.taken);
  const contacts: LeadContact[] = [
    { name: demoPerson(prng), title: prng.pick(T.CONTACT_TITLES), phone: fakePhone(prng), email: null },
  ];
  if (prng.chance(0.35)) contacts.push({ name: demoPerson(prng), title: '项目经理', phone: null, email: null });
  return { name, origin, ownership, flags, source, contacts };
}

/** Numbers outside any real range: 0991-00… is no Urumqi number. */
const fakePhone = (prng: Prng) => `0991-00${String(prng.int(0, 99_999)).padStart(5, '0')}`;

export function figures(prng: Prng, ctx: ProspectContext, flags: readonly F[], enterprise: NewEnterprise | null) {
  const big = flags.some((flag) => [F.GLOBAL_500, F.CHINA_500, F.CENTRAL_SOE, F.INDUSTRY_LEADER].includes(flag));
  const planned = roundTo(clamp(prng.logNormal(big ? 6e8 : 1.2e8, 0.8), 1000 * WAN, 8e9), 100 * WAN);
  const land =
    ctx.industry !== 'NEXT_GEN_IT' ? !OFFICE_SEGMENTS.test(ctx.segment) : ctx.segment.endsWith('CLOUD_BIG_DATA');
  const jobs = Math.round(clamp(planned / prng.logNormal(land ? 150 * WAN : 60 * WAN, 0.4), 10, 5000));
  const tax = roundTo(planned * clamp(prng.logNormal(0.05, 0.3), 0.01, 0.15), WAN);
  const pollution: PollutionCategory =
    land && ctx.industry === 'NEW_MATERIALS' && prng.chance(0.3)
      ? 'MEDIUM'
      : land && ctx.industry === 'ADVANCED_EQUIPMENT' && prng.chance(0.15)
        ? 'MEDIUM'
        : 'LOW';
  const fits = PARKS.filter(
    (park) =>
      park.targetIndustries.includes(ctx.industry) &&
      !park.forbiddenIndustries.includes(ctx.industry) &&
      ['INDUSTRIAL_PARK', 'ZONE', 'SPECIALTY_PARK', 'ENCLAVE_PARK'].includes(park.kind),
  );
  const home = enterprise && fits.some((park) => park.code === enterprise.parkCode) ? enterprise.parkCode : null;
  return {
    planned,
    jobs,
    tax,
    landMu: land ? Math.max(10, roundTo(planned / prng.logNormal(250 * WAN, 0.3), 1)) : null,
    floorSqm: land ? null : roundTo(jobs * (15 + 10 * prng.next()), 10),
    pollution,
    parkCode: (home as string | null) ?? prng.pick(fits).code,
  };
}

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));
const roundTo = (value: number, step: number): number => Math.round(value / step) * step;
