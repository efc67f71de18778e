import { describe, expect, it } from '@jest/globals';
import dayjs from 'dayjs';
import { changedLeadInput, isRequiredField, toCreateLeadInput, toLeadFormValues, toLeadInput } from './lead-values';

describe('lead form values ↔ API input', () => {
  it('sends money typed in 万元 as yuan, dates as YYYY-MM-DD and blanks as missing (null)', () => {
    const input = toLeadInput({
      companyName: '  新疆某某科技有限公司 ',
      plannedInvestment: 12.3456,
      expectedAnnualTax: 50,
      contractedInvestment: null,
      nextActionDate: dayjs('2026-12-20'),
      signedOn: null,
      uscc: '   ',
      nextAction: ' 电话回访 ',
      contacts: [{ name: ' 张伟 ', phone: '' }, { name: '  ' }],
    });
    expect(input).toEqual({
      companyName: '新疆某某科技有限公司',
      plannedInvestment: 123_456,
      expectedAnnualTax: 500_000,
      contractedInvestment: null,
      nextActionDate: '2026-12-20',
      signedOn: null,
      uscc: null,
      nextAction: '电话回访',
      contacts: [{ name: '张伟', title: null, phone: null, email: null }],
    });
  });

  it('only sends what the form holds (a missing-fields dialog sends just those)', () => {
    expect(toLeadInput({ plannedInvestment: 8000, targetParkId: 'p1' })).toEqual({
      plannedInvestment: 80_000_000,
      targetParkId: 'p1',
    });
  });

  it('creates with a source and says whether a likely duplicate is meant', () => {
    const input = toCreateLeadInput({ companyName: '甲公司' }, true);
    expect(input).toMatchObject({ companyName: '甲公司', source: 'OTHER', allowDuplicate: true });
  });

  it('shows yuan as 万元 and keeps only the changed fields on edit', () => {
    const lead = {
      id: 'l1',
      version: 3,
      companyName: '甲公司',
      uscc: null,
      origin: null,
      ownership: null,
      targetFlags: [],
      source: 'CANTON_FAIR' as const,
      sourceDetail: null,
      industryCode: null,
      chainSegment: null,
      summary: '',
      plannedInvestment: 50_000_000,
      jobs: 120,
      expectedAnnualTax: null,
      landMu: null,
      floorSqm: null,
      targetParkId: null,
      ownerId: 'u1',
      ownerName: '王',
      probability: null,
      expectedSigningDate: '2027-03-01',
      nextAction: null,
      nextActionDate: null,
      tags: [],
      pollutionCategory: null,
      signedOn: null,
      contractedInvestment: null,
      contractedJobs: null,
      contractedAnnualTax: null,
      constructionStartedOn: null,
      operatingSince: null,
      contacts: [],
    };
    const initial = toLeadFormValues(lead);
    expect(initial.plannedInvestment).toBe(5000);
    expect(initial.expectedSigningDate?.format('YYYY-MM-DD')).toBe('2027-03-01');
    const edited = { ...initial, plannedInvestment: 6000, expectedSigningDate: dayjs('2027-03-01'), jobs: 150 };
    expect(changedLeadInput(initial, edited)).toEqual({ plannedInvestment: 60_000_000, jobs: 150 });
  });

  it('knows the fields a refused move may name', () => {
    expect(isRequiredField('targetParkId')).toBe(true);
    expect(isRequiredField('stage')).toBe(false);
  });
});
