import { describe, expect, it } from '@jest/globals';
import { companyCore } from './company-name.js';

describe('companyCore', () => {
  it('drops the region, the legal form and brackets', () => {
    expect(companyCore('新疆某某科技有限公司')).toBe('某某科技');
    expect(companyCore('新疆某某科技股份有限公司')).toBe('某某科技');
    expect(companyCore('乌鲁木齐市天山（新疆）新材料集团有限责任公司')).toBe('天山新材料');
  });

  it('keeps a name made only of such words', () => {
    expect(companyCore('新疆有限公司')).toBe('新疆有限公司');
  });
});
