import { describe, expect, it } from '@jest/globals';
import {
  ENTERPRISE_TIERS,
  HEADLINE_FIGURES,
  INDUSTRIES,
  INFRASTRUCTURE_TAGS,
  OWNERSHIPS,
  PARKS,
  PARK_RECORD_FIELDS,
  POLICY_SEEDS,
  POLLUTION_CATEGORIES,
  PRIORITY_INDUSTRY_CODES,
  findIndustry,
  findPark,
  findSegment,
  industryOfSegment,
  isInfrastructureTag,
  isKnownIndustry,
  isKnownSegment,
  tierRank,
} from './index.js';
import type { ParkData } from './types.js';

const UPPER_SNAKE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;
const CARRIER_KINDS = new Set(['MAKERSPACE', 'INCUBATOR', 'ACCELERATOR']);
const pollutionRank = (c: string): number => POLLUTION_CATEGORIES.find((p) => p.code === c)!.rank;

function duplicates(codes: string[]): string[] {
  return codes.filter((c, i) => codes.indexOf(c) !== i);
}

describe('industries', () => {
  it('have unique, upper-snake-case codes', () => {
    const codes = INDUSTRIES.map((i) => i.code);
    expect(duplicates(codes)).toEqual([]);
    for (const code of codes) expect(code).toMatch(UPPER_SNAKE);
  });

  it('have unique segment codes of the form INDUSTRY.SEGMENT', () => {
    const all = INDUSTRIES.flatMap((i) => i.segments.map((s) => s.code));
    expect(duplicates(all)).toEqual([]);
    for (const industry of INDUSTRIES) {
      for (const segment of industry.segments) {
        const [prefix, rest, ...extra] = segment.code.split('.');
        expect(prefix).toBe(industry.code);
        expect(rest).toMatch(UPPER_SNAKE);
        expect(extra).toEqual([]);
      }
    }
  });

  it('carry zh and en labels, descriptions and a chapter reference', () => {
    for (const industry of INDUSTRIES) {
      expect(industry.name).toMatch(/\p{Script=Han}/u);
      expect(industry.nameEn).toMatch(/^[A-Z]/);
      expect(industry.description.length).toBeGreaterThan(10);
      expect(industry.descriptionEn.length).toBeGreaterThan(10);
      expect(industry.planRef).toMatch(/^第[一二三四五六七八九十]+章/);
      for (const segment of industry.segments) {
        expect(segment.name).toMatch(/\p{Script=Han}|5G/u);
        expect(segment.nameEn.length).toBeGreaterThan(2);
      }
    }
  });

  it('include the four priority clusters of ch.4 §1, each with at least 5 segments', () => {
    const priority = INDUSTRIES.filter((i) => i.category === 'PRIORITY').map((i) => i.code);
    expect(priority).toEqual([...PRIORITY_INDUSTRY_CODES]);
    expect(priority).toEqual(['NEW_MATERIALS', 'BIOMEDICINE', 'NEXT_GEN_IT', 'ADVANCED_EQUIPMENT']);
    for (const code of priority) expect(findIndustry(code)!.segments.length).toBeGreaterThanOrEqual(5);
  });

  it('name the segments the plan names', () => {
    expect(findSegment('NEW_MATERIALS.ALUMINIUM_ELECTRONIC')?.name).toBe('铝基电子新材料');
    expect(findSegment('NEW_MATERIALS.POLYMER_COMPOSITES')?.name).toBe('高分子复合材料');
    expect(findIndustry('BIOMEDICINE')!.segments.map((s) => s.name)).toEqual([
      '民族药特色药',
      '生物制药',
      '化学原料药与制剂药',
      '医疗器械',
      '医药与医疗器械流通',
      '医疗健康服务',
      '智慧供应链',
    ]);
    expect(findIndustry('ADVANCED_EQUIPMENT')!.segments.map((s) => s.name)).toEqual([
      '智能农机装备',
      '新能源矿车装备',
      '研发设计',
      '智能制造',
      '维护服务',
    ]);
  });

  it('include the traditional, future, service, tourism and agriculture industries', () => {
    expect(findIndustry('PETROCHEMICAL')?.category).toBe('TRADITIONAL');
    expect(findIndustry('ARTIFICIAL_INTELLIGENCE')?.category).toBe('FUTURE');
    expect(findIndustry('MEDICAL_HEALTH')?.category).toBe('FUTURE');
    for (const code of [
      'HEADQUARTERS_ECONOMY',
      'MODERN_FINANCE',
      'E_COMMERCE',
      'MODERN_LOGISTICS',
      'TECH_SERVICES',
      'ELDERLY_DOMESTIC',
      'HEALTH_SERVICES',
      'CHILDCARE',
      'COMMUNITY_SERVICES',
      'HUMAN_RESOURCES_SERVICES',
    ]) {
      expect(findIndustry(code)?.category).toBe('SERVICE');
    }
    expect(findIndustry('CULTURE_TOURISM')?.category).toBe('CULTURE_TOURISM');
    expect(findIndustry('URBAN_AGRICULTURE')?.category).toBe('AGRICULTURE');
  });

  it('give human-resources services (ch.3 §5) a code of their own, which the HR-service award targets', () => {
    const hr = findIndustry('HUMAN_RESOURCES_SERVICES')!;
    expect(hr.name).toBe('人力资源服务业');
    expect(hr.planRef).toBe('第三章第五节');
    const award = POLICY_SEEDS.find((p) => p.code === 'HR_SERVICE_BACKBONE_AWARD')!;
    expect(award.targetIndustries).toEqual(['HUMAN_RESOURCES_SERVICES']);
    expect(JSON.stringify(award.criteria)).not.toContain('COMMERCE_TRADE');
  });

  it('give cloud and big data one code only, under the IT cluster', () => {
    const cloud = INDUSTRIES.flatMap((i) => [i, ...i.segments]).filter((x) => x.name.includes('云计算'));
    expect(cloud.map((x) => x.code)).toEqual(['NEXT_GEN_IT.CLOUD_BIG_DATA']);
  });
});

describe('lookups', () => {
  it('find and recognise industries and segments', () => {
    expect(isKnownIndustry('NEXT_GEN_IT')).toBe(true);
    expect(isKnownIndustry('NEXT_GEN_IT.CLOUD_BIG_DATA')).toBe(false);
    expect(isKnownIndustry('nope')).toBe(false);
    expect(isKnownSegment('NEXT_GEN_IT.CLOUD_BIG_DATA')).toBe(true);
    expect(isKnownSegment('NEXT_GEN_IT')).toBe(false);
    expect(findIndustry('UNKNOWN')).toBeUndefined();
    expect(findSegment('NEW_MATERIALS.UNKNOWN')).toBeUndefined();
    expect(industryOfSegment('BIOMEDICINE.MEDICAL_DEVICES')?.code).toBe('BIOMEDICINE');
    expect(industryOfSegment('BIOMEDICINE.UNKNOWN')).toBeUndefined();
    expect(findPark('AIRPORT_B')?.name).toBe('临空产业园B区');
    expect(findPark('NOPE')).toBeUndefined();
  });
});

describe('parks', () => {
  const byCode = new Map(PARKS.map((p) => [p.code, p]));

  it('have unique, upper-snake-case codes', () => {
    expect(duplicates(PARKS.map((p) => p.code))).toEqual([]);
    for (const park of PARKS) expect(park.code).toMatch(UPPER_SNAKE);
  });

  it('reference existing parents and industries only', () => {
    for (const park of PARKS) {
      if (park.parentCode !== null) expect(byCode.has(park.parentCode)).toBe(true);
      expect(park.parentCode).not.toBe(park.code);
      for (const code of [...park.targetIndustries, ...park.forbiddenIndustries]) {
        expect({ park: park.code, code, known: isKnownIndustry(code) }).toEqual({ park: park.code, code, known: true });
      }
      const overlap = park.targetIndustries.filter((c) => park.forbiddenIndustries.includes(c));
      expect({ park: park.code, overlap }).toEqual({ park: park.code, overlap: [] });
    }
  });

  it('never have more free space than space', () => {
    for (const park of PARKS) {
      for (const n of [park.totalLandMu, park.freeLandMu, park.totalFloorSqm, park.freeFloorSqm]) {
        expect(Number.isFinite(n) && n >= 0).toBe(true);
      }
      expect(park.freeLandMu).toBeLessThanOrEqual(park.totalLandMu);
      expect(park.freeFloorSqm).toBeLessThanOrEqual(park.totalFloorSqm);
    }
  });

  it('put zones A, B and C under the Airport Industrial Park, which sums their space', () => {
    const zones = PARKS.filter((p) => p.parentCode === 'AIRPORT_PARK');
    expect(zones.map((z) => z.code).sort()).toEqual(['AIRPORT_A', 'AIRPORT_B', 'AIRPORT_C']);
    for (const zone of zones) expect(zone.kind).toBe('ZONE');
    const parent = byCode.get('AIRPORT_PARK')!;
    expect(parent.kind).toBe('INDUSTRIAL_PARK');
    const sum = (f: keyof Pick<ParkData, 'totalLandMu' | 'freeLandMu' | 'totalFloorSqm' | 'freeFloorSqm'>): number =>
      zones.reduce((s, z) => s + z[f], 0);
    expect(parent.totalLandMu).toBe(sum('totalLandMu'));
    expect(parent.freeLandMu).toBe(sum('freeLandMu'));
    expect(parent.totalFloorSqm).toBe(sum('totalFloorSqm'));
    expect(parent.freeFloorSqm).toBe(sum('freeFloorSqm'));
  });

  it("split zone B into the plan's three parts, the National Intelligent Industry Park in the north", () => {
    const parts = PARKS.filter((p) => p.parentCode === 'AIRPORT_B' && !CARRIER_KINDS.has(p.kind));
    expect(parts.map((p) => p.code)).toEqual([
      'NATIONAL_SMART_INDUSTRY_PARK',
      'AIRPORT_B_INNOVATION_HUB',
      'AIRPORT_B_SERVICE_CORE',
    ]);
    const smart = byCode.get('NATIONAL_SMART_INDUSTRY_PARK')!;
    expect(smart).toMatchObject({ name: '国家智能产业园', level: 'NATIONAL' });
    expect(smart.planFields).toContain('level');
    expect(byCode.get('AIRPORT_B_SERVICE_CORE')!.positioning).toContain('东进场路和长春路');
  });

  it('include 城北新城 with the Anningqu town and the education town north of Changchun Road', () => {
    expect(byCode.get('CHENGBEI_NEW_TOWN')).toMatchObject({ kind: 'TOWN', parentCode: null });
    expect(byCode.get('ANNINGQU_TOWN')?.parentCode).toBe('CHENGBEI_NEW_TOWN');
    expect(byCode.get('EDUCATION_TOWN')).toMatchObject({ kind: 'TOWN', parentCode: 'CHENGBEI_NEW_TOWN' });
    expect(byCode.get('EDUCATION_TOWN')!.name).toContain('教育小镇');
  });

  it("follow the plan's positioning of the zones", () => {
    expect(byCode.get('AIRPORT_A')!.targetIndustries).toEqual(
      expect.arrayContaining(['HEADQUARTERS_ECONOMY', 'MODERN_LOGISTICS']),
    );
    expect(byCode.get('AIRPORT_B')!.targetIndustries).toEqual(['ADVANCED_EQUIPMENT', 'NEW_MATERIALS', 'BIOMEDICINE']);
    // C区: 转型升级、清理僵尸企业、发展绿色产业 — no industry list, and none invented.
    expect(byCode.get('AIRPORT_C')!.targetIndustries).toEqual([]);
    expect(byCode.get('AIRPORT_C')!.planFields).toContain('targetIndustries');
    expect(byCode.get('AIRPORT_B')!.positioning).toContain('国家智能产业园');
    expect(byCode.get('AIRPORT_C')!.positioning).toContain('僵尸企业');
    expect(byCode.get('NORTH_INDUSTRIAL_PARK')!.positioning).toContain('腾笼换鸟');
  });

  it('include the specialty parks and the Anningqu town', () => {
    for (const code of ['GOLD_PARK', 'SCI_TECH_VALLEY', 'MICRO_PARK', 'CA_GOLD_JADE_PARK', 'AIRPORT_LOGISTICS_PARK']) {
      expect(byCode.get(code)?.kind).toBe('SPECIALTY_PARK');
    }
    expect(byCode.get('ANNINGQU_TOWN')?.kind).toBe('TOWN');
  });

  it('bar "three-high" projects everywhere, never admit HIGH pollution, and ban no industry', () => {
    for (const park of PARKS) {
      // The plan bans 三高 projects, not industries (and plans a petroleum headquarters base).
      expect({ code: park.code, banned: park.forbiddenIndustries }).toEqual({ code: park.code, banned: [] });
      expect(park.forbidsThreeHigh).toBe(true);
      expect(park.maxPollution).not.toBe('HIGH');
      if (park.maxEnergyTce !== null) expect(park.maxEnergyTce).toBeGreaterThan(0);
    }
  });

  it("keep a child within its parent's pollution limit", () => {
    for (const park of PARKS) {
      if (park.parentCode === null) continue;
      const parent = byCode.get(park.parentCode)!;
      expect(pollutionRank(park.maxPollution)).toBeLessThanOrEqual(pollutionRank(parent.maxPollution));
    }
  });

  it('use only the fixed infrastructure tags', () => {
    for (const park of PARKS) {
      for (const tag of park.infrastructure) expect(isInfrastructureTag(tag)).toBe(true);
      expect(duplicates(park.infrastructure)).toEqual([]);
    }
    expect(INFRASTRUCTURE_TAGS.map((t) => t.code)).toContain('CLEANROOM');
  });

  it('mark every makerspace, incubator and accelerator as sample data', () => {
    const carriers = PARKS.filter((p) => CARRIER_KINDS.has(p.kind) && !p.outsideDistrict);
    expect(carriers.filter((p) => p.kind === 'MAKERSPACE').length).toBeGreaterThanOrEqual(3);
    expect(carriers.filter((p) => p.kind === 'INCUBATOR').length).toBeGreaterThanOrEqual(3);
    expect(carriers.filter((p) => p.kind === 'ACCELERATOR').length).toBeGreaterThanOrEqual(2);
    for (const c of carriers) {
      expect(c.name).toMatch(/（示例）$/);
      expect(c.nameEn).toMatch(/\(sample\)$/);
      for (const field of ['name', 'level', 'totalFloorSqm', 'freeFloorSqm', 'servedTiers', 'location']) {
        expect(c.sampleFields).toContain(field);
      }
      expect(c.servedTiers.length).toBeGreaterThan(0);
    }
  });

  it('let carriers serve the tiers of their stage of the incubation chain', () => {
    const served = (kind: string): string[][] => PARKS.filter((p) => p.kind === kind).map((p) => p.servedTiers);
    for (const tiers of served('MAKERSPACE')) expect(tiers).toEqual(['TECH_SME']);
    for (const tiers of served('INCUBATOR')) expect(tiers).toEqual(['TECH_SME', 'HIGH_TECH']);
    for (const tiers of served('ACCELERATOR')) expect(tiers).toEqual(['HIGH_TECH', 'LITTLE_GIANT']);
    for (const park of PARKS.filter((p) => !CARRIER_KINDS.has(p.kind))) expect(park.servedTiers).toEqual([]);
  });

  it("say of every field whether it is the plan's or sample data", () => {
    const declared = [...PARK_RECORD_FIELDS].sort();
    for (const park of PARKS) {
      const fields = Object.keys(park)
        .filter((key) => !['code', 'planFields', 'sampleFields'].includes(key))
        .sort();
      // Every field of the record is declared, in exactly one of the two lists.
      expect({ code: park.code, fields }).toEqual({ code: park.code, fields: declared });
      expect({ code: park.code, covered: [...park.planFields, ...park.sampleFields].sort() }).toEqual({
        code: park.code,
        covered: declared,
      });
      const both = park.planFields.filter((field) => park.sampleFields.includes(field));
      expect({ code: park.code, both }).toEqual({ code: park.code, both: [] });
      // The plan gives no figures for any park.
      for (const field of ['totalLandMu', 'freeLandMu', 'totalFloorSqm', 'freeFloorSqm', 'location']) {
        expect(park.sampleFields).toContain(field);
      }
    }
  });

  it("mark industry lists the plan does not give as sample, keeping the plan's where it names them", () => {
    const sampleTargets = PARKS.filter((p) => p.sampleFields.includes('targetIndustries')).map((p) => p.code);
    for (const code of ['NORTH_INDUSTRIAL_PARK', 'SCI_TECH_VALLEY', 'MICRO_PARK', 'ENCLAVE_CHANGJI', 'TECH_ENCLAVE']) {
      expect(sampleTargets).toContain(code);
    }
    for (const code of ['AIRPORT_A', 'AIRPORT_B', 'AIRPORT_C', 'ANNINGQU_TOWN', 'CHENGBEI_NEW_TOWN']) {
      expect(sampleTargets).not.toContain(code);
    }
    expect(byCode.get('AIRPORT_A')!.targetIndustries).toEqual([
      'HEADQUARTERS_ECONOMY',
      'COMMERCE_TRADE',
      'MODERN_LOGISTICS',
    ]);
  });

  it('lie inside Xinjiang, and in-district parks around Xinshi District and the airport', () => {
    // The offshore incubators sit in Shenzhen and Dalian (checked with their records above).
    for (const park of PARKS.filter((p) => !p.outsideDistrict)) {
      const { lng, lat } = park.location;
      expect(lng).toBeGreaterThanOrEqual(73.4);
      expect(lng).toBeLessThanOrEqual(96.4);
      expect(lat).toBeGreaterThanOrEqual(34.3);
      expect(lat).toBeLessThanOrEqual(49.2);
      if (park.kind !== 'ENCLAVE_PARK') {
        expect(lng).toBeGreaterThanOrEqual(87.45);
        expect(lng).toBeLessThanOrEqual(87.65);
        expect(lat).toBeGreaterThanOrEqual(43.85);
        expect(lat).toBeLessThanOrEqual(44.05);
      }
    }
  });
});

describe('headline figures', () => {
  const byCode = new Map(HEADLINE_FIGURES.map((f) => [f.code, f]));

  it('have unique codes and zh/en units', () => {
    expect(duplicates(HEADLINE_FIGURES.map((f) => f.code))).toEqual([]);
    for (const f of HEADLINE_FIGURES) {
      expect(f.code).toMatch(UPPER_SNAKE);
      expect(f.unit.length).toBeGreaterThan(0);
      expect(f.unitEn.length).toBeGreaterThan(0);
      expect(f.year).toBe(2020);
      expect(f.planRef).toBe('第一章第一节');
    }
  });

  it("carry the plan's 2020 figures", () => {
    expect(byCode.get('GDP')).toMatchObject({ value: 1274.3, baseline: 874.6, unit: '亿元' });
    expect(byCode.get('GDP_GROWTH')?.value).toBe(6.8);
    expect(byCode.get('RETAIL_SALES')).toMatchObject({ value: 320.9, baseline: 312 });
    expect(byCode.get('FOREIGN_TRADE')).toMatchObject({ value: 105.3, qualifier: 'ESTIMATED' });
    expect(byCode.get('SERVICES_REVENUE')).toMatchObject({ value: 800, qualifier: 'OVER' });
    expect(byCode.get('AIR_ROUTES')?.value).toBe(185);
    expect(byCode.get('AIR_DESTINATIONS')?.value).toBe(90);
    expect(byCode.get('URBAN_DISPOSABLE_INCOME')?.value).toBe(43179);
    expect(byCode.get('RURAL_DISPOSABLE_INCOME')?.value).toBe(22649);
    expect(byCode.get('TECH_ENTERPRISES')?.value).toBe(1763);
    expect(byCode.get('HIGH_TECH_ENTERPRISES')?.value).toBe(166);
    expect(byCode.get('MAKERSPACES')?.value).toBe(16);
    expect(byCode.get('INCUBATORS')?.value).toBe(10);
    expect(byCode.get('INCUBATION_FLOOR_AREA')).toMatchObject({ value: 41, unit: '万平方米' });
  });
});

describe('enterprise tiers and labels', () => {
  it('order the cultivation ladder 1..4', () => {
    expect(ENTERPRISE_TIERS.map((t) => [t.code, t.name, t.rank])).toEqual([
      ['TECH_SME', '科技型中小企业', 1],
      ['HIGH_TECH', '高新技术企业', 2],
      ['LITTLE_GIANT', '科技小巨人企业', 3],
      ['LEADING', '创新型领军企业', 4],
    ]);
    expect(tierRank('LITTLE_GIANT')).toBe(3);
    expect(tierRank('NOPE')).toBeUndefined();
  });

  it('label ownerships and pollution categories in zh and en', () => {
    expect(OWNERSHIPS.map((o) => o.code)).toEqual(['STATE', 'PRIVATE', 'FOREIGN', 'JOINT']);
    expect(POLLUTION_CATEGORIES.map((p) => [p.code, p.rank])).toEqual([
      ['LOW', 1],
      ['MEDIUM', 2],
      ['HIGH', 3],
    ]);
    for (const label of [...OWNERSHIPS, ...POLLUTION_CATEGORIES, ...INFRASTRUCTURE_TAGS]) {
      expect(label.name).toMatch(/\p{Script=Han}/u);
      expect(label.nameEn).toMatch(/^[A-Z]/);
    }
  });
});
