import { describe, expect, it } from '@jest/globals';
import dayjs from 'dayjs';
import { toFormValues, toProfileInput, type EnterpriseRecord } from './profile-model';

const ENTERPRISE: EnterpriseRecord = {
  id: 'e1',
  uscc: '91650104123456782X',
  name: '新疆测试科技有限公司',
  contactName: null,
  version: 3,
  updatedAt: '2026-11-29T10:00:00.000Z',
  factMeta: [{ fact: 'revenue', source: 'VERIFIED', updatedAt: '2026-11-01T00:00:00.000Z' }],
  registeredAt: '2018-05-01',
  revenue: 15_000_000,
  employees: 80,
  isHighTechCertified: false,
  tier: 'HIGH_TECH',
  rdExpense: null,
};

describe('profile form values', () => {
  it('shows money in 万元, dates as days, booleans as yes/no and missing facts as empty', () => {
    const values = toFormValues(ENTERPRISE);
    expect(values.revenue).toBe(1500);
    expect(dayjs.isDayjs(values.registeredAt) && values.registeredAt.format('YYYY-MM-DD')).toBe('2018-05-01');
    expect(values.isHighTechCertified).toBe('no');
    expect(values.rdExpense).toBeUndefined();
    expect(values.taxPaid).toBeUndefined();
  });

  it('sends only what changed, money in yuan, a cleared fact as null', () => {
    const initial = toFormValues(ENTERPRISE);
    const input = toProfileInput(initial, {
      ...initial,
      revenue: 1500.5,
      rdExpense: 120.25,
      employees: undefined,
      isHighTechCertified: 'yes',
      registeredAt: dayjs('2018-05-02'),
      contactName: '  王经理 ',
    });
    expect(input).toEqual({
      revenue: 15_005_000,
      rdExpense: 1_202_500,
      employees: null,
      isHighTechCertified: true,
      registeredAt: '2018-05-02',
      contactName: '王经理',
    });
  });

  it('sends nothing when nothing changed', () => {
    const initial = toFormValues(ENTERPRISE);
    expect(toProfileInput(initial, { ...initial, revenue: 1500.0, contactName: '' })).toEqual({});
  });
});
