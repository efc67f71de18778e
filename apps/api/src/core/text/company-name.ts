/**
 * What tells two Chinese company names apart once the words every name shares are gone: the
 * region, the legal form and brackets (新疆某某科技有限公司 and 新疆某某科技股份有限公司 are both
 * 某某科技). The same pattern runs in PostgreSQL's `regexp_replace` (ARE syntax) and in JavaScript.
 */
export const COMPANY_NAME_NOISE =
  '新疆维吾尔自治区|新疆|乌鲁木齐市|乌鲁木齐|股份|有限|责任|公司|集团|分公司|[()（）\\s]';

const NOISE = new RegExp(COMPANY_NAME_NOISE, 'g');

export function companyCore(name: string): string {
  const core = name.replace(NOISE, '');
  return core || name.trim();
}

/** SQL for the core of a name column, for `similarity(…, :core)`; binds `:noise`. */
export const companyCoreSql = (column: string): string => `regexp_replace(${column}, :noise, '', 'g')`;

/** The similarity of two name cores (pg_trgm) from which a name is likely the same company. */
export const SAME_COMPANY_SIMILARITY = 0.6;
