import { describe, expect, it } from '@jest/globals';
import {
  COOPERATION_MODELS,
  INVESTMENT_CHANNELS,
  INVESTMENT_PROJECT_CRITERIA,
  INVESTMENT_TARGET_TYPES,
  PARKS,
} from './index.js';

const UPPER_SNAKE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;
const duplicates = (codes: string[]): string[] => codes.filter((c, i) => codes.indexOf(c) !== i);

describe('enclave parks (飞地, ch.6 §1)', () => {
  const byCode = new Map(PARKS.map((p) => [p.code, p]));

  it('include the enclave parks with Changji, Zhundong, Midong and Ganquanbao, and the technology enclave', () => {
    const enclaves = PARKS.filter((p) => p.kind === 'ENCLAVE_PARK');
    expect(enclaves.map((p) => p.enclavePartner)).toEqual(['昌吉', '乌准东', '米东区', '甘泉堡', '援疆省市']);
    for (const enclave of enclaves.slice(0, 4)) {
      expect(enclave.name).toContain(enclave.enclavePartner!);
      expect(enclave.planFields).toEqual(expect.arrayContaining(['enclavePartner', 'enclavePartnerEn']));
      // The plan names the methods for all four, not per partner, and gives no ratio or industries.
      expect(enclave.cooperationModels).toEqual(['ENTRUSTED_MANAGEMENT', 'TAX_SHARING']);
      expect(enclave.sampleFields).toEqual(
        expect.arrayContaining(['cooperationModels', 'districtTaxSharePercent', 'targetIndustries']),
      );
      expect(enclave.districtTaxSharePercent).toBeGreaterThan(0);
      expect(enclave.districtTaxSharePercent).toBeLessThanOrEqual(100);
    }
    const tech = byCode.get('TECH_ENCLAVE')!;
    expect(tech).toMatchObject({ name: '科技飞地', planRef: '第三章第六节', districtTaxSharePercent: null });
    expect(COOPERATION_MODELS.map((m) => [m.code, m.name])).toEqual([
      ['ENTRUSTED_MANAGEMENT', '区域托管'],
      ['TAX_SHARING', '税收分成'],
    ]);
  });

  it('give enclave terms to enclave parks only', () => {
    for (const park of PARKS.filter((p) => p.kind !== 'ENCLAVE_PARK')) {
      expect({ code: park.code, partner: park.enclavePartner, models: park.cooperationModels }).toEqual({
        code: park.code,
        partner: null,
        models: [],
      });
      expect(park.districtTaxSharePercent).toBeNull();
    }
  });
});

describe('investment promotion reference lists', () => {
  it("name the plan's target types and channels (ch.6 §4), with unique codes and a chapter reference", () => {
    expect(INVESTMENT_TARGET_TYPES.map((t) => t.name)).toEqual([
      '世界500强',
      '中国500强',
      '实力央企',
      '知名民企',
      '中国驰名商标和名牌产品企业',
      '行业领军企业',
      '科技先导企业',
    ]);
    expect(INVESTMENT_CHANNELS.map((c) => c.code)).toEqual(
      expect.arrayContaining([
        'EXPO_CHINA_EURASIA',
        'CANTON_FAIR',
        'PROCUREMENT_FAIR',
        'CONSULTANT',
        'OFFSHORE_INCUBATOR',
      ]),
    );
    for (const list of [INVESTMENT_TARGET_TYPES, INVESTMENT_CHANNELS, INVESTMENT_PROJECT_CRITERIA]) {
      expect(duplicates(list.map((x) => x.code))).toEqual([]);
      for (const x of list) {
        expect(x.code).toMatch(UPPER_SNAKE);
        expect(x.name).toMatch(/\p{Script=Han}/u);
        expect(x.nameEn).toMatch(/^[A-Z]/);
        expect(x.planRef).toMatch(/^第[一二三四五六七八九十]+章第[一二三四五六七八九十]+节/);
      }
    }
  });
});
