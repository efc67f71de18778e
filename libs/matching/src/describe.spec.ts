import { describe, it, expect } from '@jest/globals';
import { describeFormula, describeRule } from './describe.js';

describe('describeRule', () => {
  const rule = {
    and: [
      { '>=': [{ var: 'rdRatio' }, 0.04] },
      { '>=': [{ var: 'registeredYears' }, 1] },
      { '<=': [{ var: 'revenue' }, 2e8] },
      { '==': [{ var: 'seriousDishonesty' }, false] },
      { var: 'inZone' },
      { in: [{ var: 'tier' }, ['TECH_SME', 'HIGH_TECH']] },
      { or: [{ '>=': [{ var: 'inventionPatents' }, 1] }, { '>=': [{ var: 'otherIp' }, 1] }] },
      { '!': { var: 'majorIncidentLastYear' } },
    ],
  };

  it('reads a rule as sentences in zh-CN', () => {
    expect(describeRule(rule, 'zh-CN')).toEqual([
      '近一年研发费用占销售收入比例 ≥ 4%',
      '注册成立年限 ≥ 1年',
      '近一年销售（营业）收入 ≤ 2亿元',
      '未列入严重违法失信名单',
      '在高新区（新市区）注册',
      '企业梯队为科技型中小企业、高新技术企业之一',
      'Ⅰ类知识产权数（发明专利等） ≥ 1项或Ⅱ类知识产权数（实用新型、软件著作权等） ≥ 1项',
      '近一年未发生重大安全、质量事故或严重环境违法行为',
    ]);
  });

  it('reads a rule as sentences in en-US', () => {
    expect(describeRule(rule, 'en-US')).toEqual([
      'R&D ratio (last fiscal year) ≥ 4 %',
      'Years since registration ≥ 1 year',
      'Revenue (last fiscal year) ≤ CNY 200,000,000',
      'not on the serious dishonesty list',
      'registered in the High-tech Zone (Xinshi District)',
      'Enterprise tier is one of Tech-based SME, High-tech enterprise',
      'Class I IP (invention patents etc.) ≥ 1 or Class II IP (utility models, software copyrights etc.) ≥ 1',
      'no major safety, quality or environmental incident in the last year',
    ]);
  });

  it('puts a top-level or in one sentence, and flips constants to the right', () => {
    expect(
      describeRule({ or: [{ '<': [0.1, { var: 'techStaffRatio' }] }, { var: 'isHighTechCertified' }] }, 'en-US'),
    ).toEqual(['Any of: Technical staff share of employees > 10 %; or holds a valid high-tech enterprise certificate']);
    expect(describeRule({ '<=': [5e7, { var: 'revenue' }, 2e8] }, 'zh-CN')).toEqual([
      '5000万元 ≤ 近一年销售（营业）收入 ≤ 2亿元',
    ]);
  });

  it('uses labels for codes when given', () => {
    const labels = (_fact: string, code: string) =>
      code === 'BIOMEDICINE' ? { zh: '生物医药与大健康', en: 'Biomedicine and health' } : undefined;
    expect(describeRule({ '==': [{ var: 'industry' }, 'BIOMEDICINE'] }, 'zh-CN', { labels })).toEqual([
      '所属产业为生物医药与大健康',
    ]);
  });
});

describe('describeFormula', () => {
  it('reads a benefit formula with amounts in 万元 / yuan', () => {
    const formula = { min: [{ '*': [{ var: 'rdExpense' }, 0.25] }, 1e6] };
    expect(describeFormula(formula, 'zh-CN')).toBe('近一年研发费用的 25%，最高 100万元');
    expect(describeFormula(formula, 'en-US')).toBe('25 % of R&D expense (last fiscal year), at most CNY 1,000,000');
    const bounded = { max: [{ min: [{ '*': [{ var: 'techStaff' }, 20000] }, 5e5] }, 1e4] };
    expect(describeFormula(bounded, 'zh-CN')).toBe('科技人员数 × 2万元，最高 50万元，最低 1万元');
    const tiers = { min: [{ if: [{ '>=': [{ var: 'revenue' }, 1e8] }, 5e5, 1e5] }, 3e5] };
    expect(describeFormula(tiers, 'zh-CN')).toBe('若近一年销售（营业）收入 ≥ 1亿元则50万元；否则10万元，最高 30万元');
    // A cap that is not a constant stays as the expression it is.
    expect(describeFormula({ min: [{ var: 'taxPaid' }, { var: 'rdExpense' }] }, 'zh-CN')).toBe(
      'min(近一年纳税额, 近一年研发费用)',
    );
    expect(describeFormula({ if: [{ var: 'inZone' }, 200000, 0] }, 'zh-CN')).toBe(
      '若在高新区（新市区）注册则20万元；否则0元',
    );
    expect(describeFormula({ '+': [20000, { '*': [{ var: 'inventionPatents' }, 3000] }] }, 'zh-CN')).toBe(
      '2万元 + (Ⅰ类知识产权数（发明专利等） × 3000)',
    );
  });
});
