import { STORED_FACT_NAMES, type StoredFacts } from '#matching';
import { ENTERPRISE_TIERS, INDUSTRIES, OWNERSHIPS, PARKS, POLLUTION_CATEGORIES } from '#plan-data';
import { prng } from './measure.js';

export interface ProfileOptions {
  seed: number;
  /** Share of profiles with one to three stored facts left out (a fact never entered is missing). */
  gapRate: number;
}

export interface GeneratedProfile {
  stored: StoredFacts;
  /** Every stored fact has a value: json-logic-js must agree with the compiled evaluator. */
  complete: boolean;
}

/**
 * Enterprise profiles with plausible, correlated figures (R&D a share of revenue, tech staff a share
 * of employees, …), from a seeded generator: the same seed gives the same profiles on every run.
 */
export function generateProfiles(count: number, options: ProfileOptions): GeneratedProfile[] {
  const random = prng(options.seed);
  const between = (min: number, max: number): number => min + (max - min) * random();
  const logBetween = (min: number, max: number): number => Math.exp(between(Math.log(min), Math.log(max)));
  const int = (min: number, max: number): number => Math.floor(between(min, max + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const chance = (p: number): boolean => random() < p;
  const money = (x: number): number => Math.round(x);

  const profiles: GeneratedProfile[] = [];
  for (let i = 0; i < count; i++) {
    const industry = pick(INDUSTRIES);
    const employees = int(3, 20) * (chance(0.2) ? int(10, 150) : 1);
    const revenue = chance(0.03) ? 0 : money(logBetween(2e5, 8e8));
    const revenue3y = money(revenue * between(1.8, 3.2));
    const stored: StoredFacts = {
      registeredAt: `${int(2003, 2024)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`,
      employees,
      techStaff: Math.floor(employees * between(0, 0.5)),
      revenue,
      rdExpense: money(revenue * between(0, 0.1)),
      revenue3y,
      rdExpense3y: money(revenue3y * between(0, 0.1)),
      highTechRevenue: money(revenue * between(0, 1)),
      totalAssets: money(logBetween(5e5, 6e8)),
      inventionPatents: chance(0.6) ? 0 : int(1, 12),
      otherIp: chance(0.3) ? 0 : int(1, 30),
      taxPaid: money(revenue * between(0, 0.08)),
      industry: industry.code,
      chainSegment: industry.segments.length ? pick(industry.segments).code : null,
      tier: pick(ENTERPRISE_TIERS).code,
      ownership: pick(OWNERSHIPS).code,
      isHighTechCertified: chance(0.3),
      inZone: chance(0.8),
      parkCode: pick(PARKS).code,
      energyTce: Math.round(logBetween(1, 20000)),
      pollutionCategory: pick(POLLUTION_CATEGORIES).code,
      seriousDishonesty: chance(0.03),
      majorIncidentLastYear: chance(0.03),
    };
    let complete = STORED_FACT_NAMES.every((name) => stored[name] !== null && stored[name] !== undefined);
    if (chance(options.gapRate)) {
      const gaps = int(1, 3);
      for (let g = 0; g < gaps; g++) delete stored[pick(STORED_FACT_NAMES)];
      complete = false;
    }
    profiles.push({ stored, complete });
  }
  return profiles;
}
