import { INDUSTRIES, PARKS, type Ownership, type ParkData, type PollutionCategory, type Tier } from '#plan-data';
import type { NewEnterprise } from '../enterprises/enterprise-profile.service.js';
import { DEMO_ENTERPRISE } from '../enterprises/enterprise-seed.js';
import { buildUscc, USCC_CHARSET } from '../enterprises/uscc.js';
import { chinaToday } from './demo-clock.js';
import { generateDemoLeads, type DemoLead } from './demo-leads.js';
import { demoName } from './demo-names.js';
import { generateDemoRequests, type DemoRequest } from './demo-requests.js';
import { Prng } from './prng.js';

/** Changing the seed or the size makes a different demo set (a second load then adds to the first). */
export const DEMO_SEED = 'uhtz-demo-v1';
export const DEMO_SIZE = 300;
export const DEMO_APPLICATIONS = 16;

/**
 * Market-regulation enterprise (91) of Xinshi District (650104), organisation code starting "WX":
 * new registrations get codes starting "MA", so these keep clear of real firms as far as a valid
 * code can, and of the test fixtures (also "MA").
 */
const USCC_PREFIX = '91650104';
const ORG_PREFIX = 'WX';
/** Dates are counted back from a fixed day, so the set does not change with the clock. */
const ANCHOR_YEAR = 2025;

const WAN = 10_000;
const PRIORITY = INDUSTRIES.filter((industry) => industry.category === 'PRIORITY').map((industry) => industry.code);
const OTHERS = ['ARTIFICIAL_INTELLIGENCE', 'TECH_SERVICES', 'E_COMMERCE', 'MODERN_LOGISTICS'] as const;

interface ClusterProfile {
  /** Median R&D expense ÷ revenue. */
  rdRatio: number;
  /** Median technical staff ÷ employees. */
  techRatio: number;
  /** Median energy use, tonnes of coal equivalent a year. */
  energyTce: number;
  /** Chance of MEDIUM pollution (HIGH is a tenth of it). */
  pollution: number;
}

const CLUSTERS: Readonly<Record<string, ClusterProfile>> = {
  NEW_MATERIALS: { rdRatio: 0.038, techRatio: 0.14, energyTce: 900, pollution: 0.3 },
  BIOMEDICINE: { rdRatio: 0.07, techRatio: 0.22, energyTce: 300, pollution: 0.15 },
  NEXT_GEN_IT: { rdRatio: 0.065, techRatio: 0.35, energyTce: 60, pollution: 0 },
  ADVANCED_EQUIPMENT: { rdRatio: 0.042, techRatio: 0.16, energyTce: 500, pollution: 0.2 },
};
const OTHER_CLUSTER: ClusterProfile = { rdRatio: 0.03, techRatio: 0.15, energyTce: 80, pollution: 0 };

/** Median last-year revenue (yuan) and registration age (years) on each rung of the ladder. */
const TIERS: Readonly<Record<Tier, { revenue: number; years: [number, number] }>> = {
  TECH_SME: { revenue: 800 * WAN, years: [1, 8] },
  HIGH_TECH: { revenue: 5000 * WAN, years: [3, 15] },
  LITTLE_GIANT: { revenue: 2.2e8, years: [6, 20] },
  LEADING: { revenue: 1.2e9, years: [10, 28] },
};

/** Facts a firm often has not entered yet: each missing one makes some policy NEEDS_INFO. */
const OFTEN_MISSING = [
  'rdExpense3y',
  'revenue3y',
  'highTechRevenue',
  'techStaff',
  'otherIp',
  'energyTce',
  'taxPaid',
  'majorIncidentLastYear',
] as const;

export interface DemoApplicationInput {
  kind: 'LAND' | 'FACTORY' | 'OFFICE' | 'INCUBATOR_SEAT';
  landMu: number | null;
  floorSqm: number | null;
  summary: string;
  plannedInvestment: number;
  jobs: number;
  expectedAnnualTax: number;
  energyTce: number | null;
  pollutionCategory: PollutionCategory | null;
  desiredMoveIn: string;
  /** Infrastructure codes the project needs (libs/plan-data infrastructure). */
  infrastructureNeeds: string[];
  /** Park codes, resolved to ids when written. */
  preferredParkCodes: string[];
}

export interface DemoApplication {
  /** The applicant, by its code in `enterprises`. */
  uscc: string;
  input: DemoApplicationInput;
}

export interface DemoSet {
  enterprises: NewEnterprise[];
  applications: DemoApplication[];
  /** The sample pipeline (demo-leads.ts) and enterprises' requests (demo-requests.ts). */
  leads: DemoLead[];
  requests: DemoRequest[];
}

export interface DemoOptions {
  seed?: string;
  size?: number;
  applications?: number;
  /** The load day (YYYY-MM-DD, China): the pipeline's dates are counted back from it. Default: today. */
  today?: string;
  /** The configured answer deadlines (ENQUIRY_/REQUEST_RESPONSE_WORKING_DAYS). */
  enquiryWorkingDays?: number;
  requestWorkingDays?: number;
}

/**
 * The demo set: `size` made-up enterprises across the four clusters (and a few others), every tier
 * and the parks that take their industry, with log-normal revenue, cluster-typical R&D and staff,
 * about a third missing a fact or more; open placement applications of some of them; a pipeline of
 * sample leads and their requests to the bureau. Pure and deterministic: the same options (and day)
 * give the same set.
 */
export function generateDemoSet(options: DemoOptions = {}): DemoSet {
  const prng = new Prng(options.seed ?? DEMO_SEED);
  const size = options.size ?? DEMO_SIZE;
  const names = new Set<string>();
  const enterprises: NewEnterprise[] = [];
  for (let index = 0; index < size; index += 1) enterprises.push(demoEnterprise(prng, index, names));
  const applications = pickApplicants(prng, enterprises, options.applications ?? DEMO_APPLICATIONS);
  // Streams of their own: the pipeline can grow without changing the enterprises above.
  const today = options.today ?? chinaToday();
  const leads = generateDemoLeads(new Prng(`${options.seed ?? DEMO_SEED}/leads`), {
    today,
    enquiryWorkingDays: options.enquiryWorkingDays ?? 2,
    enterprises,
    taken: names,
  });
  const requests = generateDemoRequests(new Prng(`${options.seed ?? DEMO_SEED}/requests`), {
    today,
    requestWorkingDays: options.requestWorkingDays ?? 3,
    enterprises,
    preferred: DEMO_ENTERPRISE.uscc,
  });
  return { enterprises, applications, leads, requests };
}

/** The n-th demo code: organisation body WX + n in base 31 over the USCC charset (6 places). */
export function demoUscc(index: number): string {
  let rest = index;
  let digits = '';
  for (let place = 0; place < 6; place += 1) {
    digits = USCC_CHARSET[rest % 31] + digits;
    rest = Math.floor(rest / 31);
  }
  return buildUscc(USCC_PREFIX, `${ORG_PREFIX}${digits}`);
}

export function demoEnterprise(prng: Prng, index: number, names: Set<string>): NewEnterprise {
  const industry = index % 5 === 4 ? prng.pick(OTHERS) : PRIORITY[index % PRIORITY.length];
  const cluster = CLUSTERS[industry] ?? OTHER_CLUSTER;
  const tier = prng.weighted<Tier>({ TECH_SME: 50, HIGH_TECH: 32, LITTLE_GIANT: 13, LEADING: 5 });
  const segments = INDUSTRIES.find((candidate) => candidate.code === industry)!.segments;

  const revenue = roundTo(clamp(prng.logNormal(TIERS[tier].revenue, 0.7), 50 * WAN, 2e10), WAN);
  const growth = 1 + clamp(0.05 + 0.12 * prng.normal(), -0.1, 0.5);
  const revenue3y = roundTo(revenue * (1 + 1 / growth + 1 / growth ** 2), WAN);
  const rdRatio = clamp(prng.logNormal(cluster.rdRatio, 0.4), 0.003, 0.3);
  const rdExpense = roundTo(revenue * rdRatio, 1000);
  const rdExpense3y = roundTo(
    Math.max(rdExpense, revenue3y * rdRatio * clamp(1 + 0.1 * prng.normal(), 0.7, 1.3)),
    1000,
  );
  const perHead = prng.logNormal(60 * WAN, 0.4);
  const employees = Math.max(5, Math.round(revenue / perHead));
  const techStaff = Math.min(
    employees,
    Math.round(employees * clamp(prng.logNormal(cluster.techRatio, 0.35), 0.02, 0.9)),
  );
  const certified = tier !== 'TECH_SME' ? prng.chance(0.9) : prng.chance(0.05);
  const highTechShare = certified ? clamp(0.55 + 0.4 * prng.next(), 0, 1) : 0.2 + 0.5 * prng.next();
  const pollution = prng.chance(cluster.pollution) ? (prng.chance(0.1) ? 'HIGH' : 'MEDIUM') : 'LOW';
  const years = prng.int(TIERS[tier].years[0], TIERS[tier].years[1]);
  const inZone = prng.chance(0.85);
  const park = inZone ? homePark(prng, industry, tier) : null;

  const values: NewEnterprise = {
    uscc: demoUscc(index),
    name: demoName(prng, industry, names),
    contactName: null,
    contactPhone: null,
    contactEmail: null,
    address: park ? `乌鲁木齐市新市区${park.name}（示例地址）` : '乌鲁木齐市（示例地址）',
    registeredAt: `${ANCHOR_YEAR - years}-${pad(prng.int(1, 12))}-${pad(prng.int(1, 28))}`,
    employees,
    techStaff,
    revenue,
    rdExpense,
    revenue3y,
    rdExpense3y,
    highTechRevenue: roundTo(revenue * highTechShare, WAN),
    totalAssets: roundTo(revenue * clamp(prng.logNormal(1.2, 0.5), 0.2, 8), WAN),
    inventionPatents: Math.max(0, Math.round(prng.logNormal(tierRank(tier) * 1.5, 0.8)) - 1),
    otherIp: Math.max(0, Math.round(prng.logNormal(tierRank(tier) * 4, 0.7)) - 1),
    taxPaid: roundTo(revenue * clamp(0.05 + 0.02 * prng.normal(), 0.005, 0.15), 1000),
    industry,
    chainSegment: segments.length ? prng.pick(segments).code : null,
    tier,
    ownership: prng.weighted<Ownership>({ PRIVATE: 75, STATE: 10, JOINT: 8, FOREIGN: 7 }),
    isHighTechCertified: certified,
    inZone,
    parkCode: park?.code ?? null,
    energyTce: Math.round(clamp(prng.logNormal(cluster.energyTce * tierRank(tier), 0.8), 1, 50_000)),
    pollutionCategory: pollution,
    seriousDishonesty: prng.chance(0.02),
    majorIncidentLastYear: prng.chance(0.03),
  };
  if (prng.chance(0.35)) {
    const gaps = prng.int(1, 3);
    for (let gap = 0; gap < gaps; gap += 1) values[prng.pick(OFTEN_MISSING)] = null;
  }
  return values;
}

/** A park that targets the industry and takes the tier (incubation carriers only serve their tiers). */
function homePark(prng: Prng, industry: string, tier: Tier): ParkData | null {
  const fits = PARKS.filter(
    (park) =>
      park.targetIndustries.includes(industry) &&
      !park.forbiddenIndustries.includes(industry) &&
      (park.servedTiers.length === 0 || park.servedTiers.includes(tier)),
  );
  return fits.length ? prng.pick(fits) : null;
}

export function pickApplicants(prng: Prng, enterprises: readonly NewEnterprise[], count: number): DemoApplication[] {
  // Firms not yet in a park are the ones looking for a place.
  const candidates = enterprises.filter((enterprise) => enterprise.parkCode === null);
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, candidates.length)) chosen.add(prng.int(0, candidates.length - 1));
  return [...chosen].sort((a, b) => a - b).map((i) => demoApplication(prng, candidates[i]));
}

function demoApplication(prng: Prng, enterprise: NewEnterprise): DemoApplication {
  const tier = enterprise.tier as Tier;
  const industry = enterprise.industry as string;
  const kind: DemoApplicationInput['kind'] =
    tier === 'TECH_SME'
      ? prng.pick(['INCUBATOR_SEAT', 'OFFICE'] as const)
      : prng.pick(['LAND', 'FACTORY', 'OFFICE'] as const);
  const land = kind === 'LAND';
  const scale = tierRank(tier);
  const preferred = PARKS.filter((park) => park.targetIndustries.includes(industry)).map((park) => park.code);
  const employees = (enterprise.employees as number | null) ?? 20;
  return {
    uscc: enterprise.uscc,
    input: {
      kind,
      landMu: land ? roundTo(prng.logNormal(20 * scale, 0.5), 1) : null,
      floorSqm: land ? null : roundTo(prng.logNormal(kind === 'INCUBATOR_SEAT' ? 80 : 600 * scale, 0.5), 10),
      summary: `${enterprise.name.replace('（示例）', '')}拟在高新区扩大经营（示例申请）`,
      plannedInvestment: roundTo(prng.logNormal(2000 * WAN * scale, 0.6), WAN),
      jobs: Math.max(3, Math.round(employees * (0.2 + 0.3 * prng.next()))),
      expectedAnnualTax: roundTo(prng.logNormal(100 * WAN * scale, 0.6), 1000),
      energyTce: (enterprise.energyTce as number | null) ?? null,
      pollutionCategory: (enterprise.pollutionCategory as PollutionCategory | null) ?? null,
      desiredMoveIn: `${ANCHOR_YEAR + 2}-${pad(prng.int(1, 12))}-01`,
      // A plant needs reliable power, and treatment when it discharges; offices and seats need nothing special.
      infrastructureNeeds: land
        ? [
            'POWER_DUAL_SUPPLY',
            ...(enterprise.pollutionCategory && enterprise.pollutionCategory !== 'LOW' ? ['WASTEWATER'] : []),
          ]
        : [],
      preferredParkCodes: preferred.length ? [prng.pick(preferred)] : [],
    },
  };
}

const tierRank = (tier: Tier): number => ({ TECH_SME: 1, HIGH_TECH: 2, LITTLE_GIANT: 3, LEADING: 4 })[tier];
const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));
const roundTo = (value: number, step: number): number => Math.round(value / step) * step;
const pad = (n: number): string => String(n).padStart(2, '0');
