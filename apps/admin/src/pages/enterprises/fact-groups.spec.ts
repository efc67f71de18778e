import { describe, expect, it } from '@jest/globals';
import { FACTS, STORED_FACT_NAMES } from '#matching';
import { ENTERPRISE_TIERS, OWNERSHIPS as PLAN_OWNERSHIPS } from '#plan-data';
import enUS from '../../i18n/en-US.json';
import zhCN from '../../i18n/zh-CN.json';
import { FACT_GROUPS } from './fact-groups';

describe('profile fact groups', () => {
  it('hold every stored fact of the vocabulary exactly once, in the four groups', () => {
    const grouped = FACT_GROUPS.flatMap((group) => group.facts.map((fact) => fact.name));
    expect([...grouped].sort()).toEqual([...STORED_FACT_NAMES].sort());
    expect(FACT_GROUPS.map((group) => group.key)).toEqual(['basic', 'innovation', 'finance', 'environment']);
  });

  it('label each fact as the vocabulary does, in both languages', () => {
    for (const name of STORED_FACT_NAMES) {
      expect([name, zhCN.enterprises.facts[name]]).toEqual([name, FACTS[name].label.zh]);
      expect([name, enUS.enterprises.facts[name]]).toEqual([name, FACTS[name].label.en]);
    }
  });

  it('label the tiers and ownerships of the plan as the plan does', () => {
    for (const tier of ENTERPRISE_TIERS) {
      expect(zhCN.enterprises.tiers[tier.code]).toBe(tier.name);
      expect(enUS.enterprises.tiers[tier.code]).toBe(tier.nameEn);
    }
    for (const ownership of PLAN_OWNERSHIPS) {
      expect(zhCN.enterprises.ownerships[ownership.code]).toBe(ownership.name);
      expect(enUS.enterprises.ownerships[ownership.code]).toBe(ownership.nameEn);
    }
  });
});
