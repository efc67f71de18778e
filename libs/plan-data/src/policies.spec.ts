import { describe, it, expect } from '@jest/globals';
import {
  applyStackingGroups,
  describeFormula,
  describeRule,
  evaluatePolicy,
  runTestCases,
  validateBenefit,
  validateRule,
  validateStoredFacts,
} from '#matching';
import { ENTERPRISE_TIERS } from './enterprise-tiers.js';
import { INDUSTRIES } from './industries.js';
import { PARKS } from './parks.js';
import { nextAnnualDeadline, POLICY_SEEDS } from './policies.js';

const knownValues = {
  industry: INDUSTRIES.map((i) => i.code),
  chainSegment: INDUSTRIES.flatMap((i) => i.segments.map((s) => s.code)),
  parkCode: PARKS.map((p) => p.code),
};
const labels = (fact: string, code: string) => {
  const industry = fact === 'industry' ? INDUSTRIES.find((i) => i.code === code) : undefined;
  return industry ? { zh: industry.name, en: industry.nameEn } : undefined;
};
const TIERS = ENTERPRISE_TIERS.map((t) => t.code as string);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

describe('policy seeds', () => {
  it('have unique codes and the national criteria of the issue', () => {
    const codes = POLICY_SEEDS.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual(
      expect.arrayContaining([
        'NATIONAL_HIGH_TECH_CERTIFICATION',
        'NATIONAL_TECH_SME_EVALUATION',
        'NATIONAL_RD_SUPER_DEDUCTION',
      ]),
    );
    for (const p of POLICY_SEEDS.filter((s) => s.code.startsWith('NATIONAL_'))) {
      expect(p.isExample).toBe(false);
      expect(p.documentNumber).not.toBe('');
    }
  });

  describe.each(POLICY_SEEDS.map((p) => [p.code, p] as const))('%s', (_code, policy) => {
    it('is complete: titles, summaries, kind, dates, targets in both languages', () => {
      for (const text of [policy.title, policy.titleEn, policy.summary, policy.summaryEn, policy.issuingDepartment])
        expect(text.length).toBeGreaterThan(0);
      expect(['SUBSIDY', 'TAX', 'TALENT', 'LAND', 'RENT', 'FINANCE', 'OTHER']).toContain(policy.kind);
      expect(policy.effectiveFrom).toMatch(DAY);
      if (policy.effectiveTo !== null) expect(policy.effectiveTo).toMatch(DAY);
      for (const code of policy.targetIndustries) expect(knownValues.industry).toContain(code);
      for (const tier of policy.targetTiers) expect(TIERS).toContain(tier);
      if (policy.isExample) expect(policy.title).toContain('示例');
    });

    it('has valid criteria and benefit formula over the vocabulary and the plan codes', () => {
      expect(validateRule(policy.criteria, { knownValues })).toEqual([]);
      expect(validateBenefit(policy.benefitFormula, { knownValues })).toEqual([]);
    });

    it('has at least three test cases with valid stored facts, and every one passes', () => {
      expect(policy.testCases.length).toBeGreaterThanOrEqual(3);
      for (const c of policy.testCases)
        expect({ name: c.name, faults: validateStoredFacts(c.facts) }).toEqual({ name: c.name, faults: [] });
      const failing = runTestCases(policy, policy.testCases, { knownValues })
        .filter((r) => !r.passed)
        .map((r) => ({
          name: r.name,
          expected: [r.expectedOutcome, r.expectedBenefit],
          actual: [r.actualOutcome, r.actualBenefit],
          why: r.explanation.map((l) => l.text.en),
        }));
      expect(failing).toEqual([]);
    });

    it('reads as sentences in zh-CN and en-US', () => {
      const zh = describeRule(policy.criteria, 'zh-CN', { labels });
      const en = describeRule(policy.criteria, 'en-US', { labels });
      expect(zh.length).toBeGreaterThan(0);
      expect(en).toHaveLength(zh.length);
      expect(describeFormula(policy.benefitFormula, 'en-US').length).toBeGreaterThan(0);
    });
  });
});

describe('the national criteria in words', () => {
  const byCode = (code: string) => POLICY_SEEDS.find((p) => p.code === code)!;

  it('高新技术企业认定 reads as the 2016 text', () => {
    expect(describeRule(byCode('NATIONAL_HIGH_TECH_CERTIFICATION').criteria, 'zh-CN')).toEqual([
      '注册成立年限 ≥ 1年',
      'Ⅰ类知识产权数（发明专利等） ≥ 1项或Ⅱ类知识产权数（实用新型、软件著作权等） ≥ 1项',
      '科技人员占职工总数比例 ≥ 10%',
      '若近一年销售（营业）收入 ≤ 5000万元则近三年研发费用占销售收入比例 ≥ 5%；若近一年销售（营业）收入 ≤ 2亿元则近三年研发费用占销售收入比例 ≥ 4%；否则近三年研发费用占销售收入比例 ≥ 3%',
      '高新技术产品（服务）收入占比 ≥ 60%',
      '近一年未发生重大安全、质量事故或严重环境违法行为',
    ]);
  });

  it('explains a near miss of the R&D band in percentage points', () => {
    const ht = byCode('NATIONAL_HIGH_TECH_CERTIFICATION');
    const base = ht.testCases[0];
    const r = evaluatePolicy(ht, { ...base.facts, rdExpense3y: 5_400_000 }, base.asOf!);
    expect(r.outcome).toBe('INELIGIBLE');
    expect(r.nearMisses.map((m) => m.text.zh)).toEqual(['近三年研发费用占销售收入比例 4.5%，要求 ≥ 5%：差0.5个百分点']);
  });
});

describe('the tech-based SME score in an explanation', () => {
  it('names a long computed subject by the facts it reads', () => {
    const tsme = POLICY_SEEDS.find((p) => p.code === 'NATIONAL_TECH_SME_EVALUATION')!;
    const score58 = tsme.testCases.find((c) => c.name.includes('58'))!;
    const r = evaluatePolicy(tsme, score58.facts, '2024-01-01');
    expect(r.nearMisses.map((m) => m.text.zh)).toEqual([
      '计算值（依据：科技人员占职工总数比例、近一年研发费用占销售收入比例、Ⅰ类知识产权数（发明专利等）、Ⅱ类知识产权数（实用新型、软件著作权等）） 58，要求 ≥ 60：差2',
    ]);
  });
});

describe('stacking of the high-tech cultivation awards', () => {
  it('pays the larger of the reserve award and the certification award, not both', () => {
    const reserve = POLICY_SEEDS.find((p) => p.code === 'HT_CULTIVATION_RESERVE')!;
    const award = POLICY_SEEDS.find((p) => p.code === 'HT_FIRST_CERTIFICATION_AWARD')!;
    expect(reserve.stackingGroup).toBe(award.stackingGroup);
    const matches = [
      { code: reserve.code, stackingGroup: reserve.stackingGroup, benefit: 50_000, outcome: 'ELIGIBLE' as const },
      { code: award.code, stackingGroup: award.stackingGroup, benefit: 200_000, outcome: 'ELIGIBLE' as const },
    ];
    expect(applyStackingGroups(matches).totalBenefit).toBe(200_000);
  });
});

describe('application deadlines', () => {
  it('only example policies have one (the plan and the national texts state no dates), each a real day', () => {
    for (const p of POLICY_SEEDS.filter((s) => s.annualDeadline !== null)) {
      expect({ code: p.code, isExample: p.isExample }).toEqual({ code: p.code, isExample: true });
      expect(nextAnnualDeadline(p.annualDeadline!, '2027-01-01')).toMatch(DAY);
      expect(Number.isNaN(Date.parse(`2027-${p.annualDeadline}T00:00:00Z`))).toBe(false);
    }
  });

  it('seeded on 2026-12-02: some close within weeks, some later in 2027, some are open all year', () => {
    const deadlines = POLICY_SEEDS.map((p) => p.annualDeadline && nextAnnualDeadline(p.annualDeadline, '2026-12-02'));
    const soon = deadlines.filter((d) => d !== null && d <= '2026-12-31');
    expect(soon.length).toBeGreaterThanOrEqual(2);
    expect(soon.some((d) => d! <= '2026-12-16')).toBe(true); // inside the 14-day reminder
    expect(deadlines.filter((d) => d !== null && d >= '2027-01-01' && d <= '2027-12-31').length).toBeGreaterThanOrEqual(
      2,
    );
    expect(POLICY_SEEDS.filter((p) => p.isExample && p.annualDeadline === null).length).toBeGreaterThanOrEqual(2);
  });

  it('the next occurrence is today itself, later this year, or next year', () => {
    expect(nextAnnualDeadline('12-18', '2026-12-18')).toBe('2026-12-18');
    expect(nextAnnualDeadline('12-18', '2026-12-02')).toBe('2026-12-18');
    expect(nextAnnualDeadline('03-31', '2026-12-02')).toBe('2027-03-31');
  });
});
