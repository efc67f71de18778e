import { describe, expect, it } from '@jest/globals';
import { buildUscc } from '../enterprises/uscc.js';
import { toLeadFields } from './lead-rules.js';

const USCC = buildUscc('91650100', 'MA776543');

describe('toLeadFields', () => {
  it('keeps only the fields sent, trimmed, with a normalised USCC', () => {
    const pasted = `${USCC.slice(0, 8)} ${USCC.slice(8).toLowerCase()}`;
    const { fields, faults } = toLeadFields({ companyName: '  新疆某某科技有限公司 ', uscc: pasted });
    expect(faults).toEqual([]);
    expect(fields).toEqual({ companyName: '新疆某某科技有限公司', uscc: USCC });
  });

  it('names every faulty field at once', () => {
    const { faults } = toLeadFields({
      companyName: ' ',
      uscc: '123',
      industryCode: 'NOT_AN_INDUSTRY',
    });
    expect(faults.map((f) => f.field).sort()).toEqual(['companyName', 'industryCode', 'uscc']);
  });

  it('refuses a chain segment of another industry, using the stored industry on update', () => {
    const { faults } = toLeadFields({ chainSegment: 'NOPE' }, {
      industryCode: 'NEW_MATERIALS',
      chainSegment: null,
    } as never);
    expect(faults.map((f) => f.field)).toEqual(['chainSegment']);
  });

  it('clears lists to empty, not null', () => {
    expect(toLeadFields({ tags: null, targetFlags: null }).fields).toEqual({ tags: [], targetFlags: [] });
    expect(toLeadFields({ tags: [' 补链 ', '补链', ''] }).fields).toEqual({ tags: ['补链'] });
  });
});
