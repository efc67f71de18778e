/**
 * 统一社会信用代码 (unified social credit code, USCC), GB 32100-2015: 18 characters from
 * 0-9 A-H J-N P-R T-U W-Y (no I, O, Z, S, V).
 *
 *   1      登记管理部门代码  registration authority (9 = market regulation, 5 = civil affairs …)
 *   2      机构类别代码      organisation category within that authority (91 = enterprise …)
 *   3–8    登记管理机关行政区划码  administrative division of the registering office (GB/T 2260)
 *   9–17   主体标识码        organisation code (GB 11714), whose 9th character is its own check
 *   18     校验码            check character: C18 = 31 − (Σ value(Ci) × Wi mod 31), 31 → 0
 *
 * Pure functions, no I/O: the API, the import and the seed all check codes here.
 */

export const USCC_LENGTH = 18;
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

export interface UsccText {
  zh: string;
  en: string;
}

interface Authority {
  name: UsccText;
  /** Organisation categories (character 2) the standard defines for this authority. */
  categories: Readonly<Record<string, string>>;
}

/** Registration authorities and their organisation categories (GB 32100-2015 annex, as amended). */
export const USCC_AUTHORITIES: Readonly<Record<string, Authority>> = {
  '1': {
    name: { zh: '机构编制', en: 'establishment administration' },
    categories: { '1': '机关', '2': '事业单位', '3': '中央编办直接管理机构编制的群众团体', '9': '其他' },
  },
  '2': { name: { zh: '外交', en: 'foreign affairs' }, categories: { '1': '外国常驻新闻机构', '9': '其他' } },
  '3': {
    name: { zh: '司法行政', en: 'judicial administration' },
    categories: {
      '1': '律师执业机构',
      '2': '公证处',
      '3': '基层法律服务所',
      '4': '司法鉴定机构',
      '5': '仲裁委员会',
      '9': '其他',
    },
  },
  '4': { name: { zh: '文化', en: 'culture' }, categories: { '1': '外国在华文化中心', '9': '其他' } },
  '5': {
    name: { zh: '民政', en: 'civil affairs' },
    categories: { '1': '社会团体', '2': '民办非企业单位', '3': '基金会', '9': '其他' },
  },
  '6': {
    name: { zh: '旅游', en: 'tourism' },
    categories: { '1': '外国旅游部门常驻代表机构', '2': '港澳台地区旅游部门常驻内地（大陆）代表机构', '9': '其他' },
  },
  '7': {
    name: { zh: '宗教', en: 'religious affairs' },
    categories: { '1': '宗教活动场所', '2': '宗教院校', '9': '其他' },
  },
  '8': { name: { zh: '工会', en: 'trade unions' }, categories: { '1': '基层工会', '9': '其他' } },
  '9': {
    name: { zh: '市场监管（工商）', en: 'market regulation' },
    categories: { '1': '企业', '2': '个体工商户', '3': '农民专业合作社' },
  },
  A: {
    name: { zh: '中央军委改革和编制办公室', en: 'CMC reform and establishment office' },
    categories: { '1': '军队事业单位', '9': '其他' },
  },
  N: {
    name: { zh: '农业', en: 'agriculture' },
    categories: { '1': '组级集体经济组织', '2': '村级集体经济组织', '3': '乡镇级集体经济组织', '9': '其他' },
  },
  Y: { name: { zh: '其他', en: 'other' }, categories: { '1': '其他' } },
};

/** First two digits of GB/T 2260 division codes: the provinces, plus 10 for national registrations. */
const PROVINCE_PREFIXES = new Set([
  '10',
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
]);

export type UsccFault = 'LENGTH' | 'CHARSET' | 'AUTHORITY' | 'CATEGORY' | 'DIVISION' | 'ORG_CODE_CHECK' | 'CHECK';

export type UsccResult =
  { valid: true; code: string } | { valid: false; fault: UsccFault; reason: UsccText; expected?: string };

/** Upper case without blanks (how codes are pasted from licences and spreadsheets). */
export function normalizeUscc(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

/** The 18th character of a code whose first 17 characters are given (all from the charset). */
export function usccCheckChar(first17: string): string {
  if (first17.length !== USCC_LENGTH - 1) throw new RangeError(`expected 17 characters, got ${first17.length}`);
  let sum = 0;
  for (let i = 0; i < first17.length; i += 1) {
    const value = USCC_CHARSET.indexOf(first17[i]);
    if (value < 0) throw new RangeError(`'${first17[i]}' is not a USCC character`);
    sum += value * USCC_WEIGHTS[i];
  }
  return USCC_CHARSET[(31 - (sum % 31)) % 31];
}

/** GB 11714 check character of an 8-character organisation code body: mod 11, 10 → X, 11 → 0. */
export function orgCodeCheckChar(body: string): string {
  if (!/^[0-9A-Z]{8}$/.test(body)) throw new RangeError(`not an organisation code body: ${body}`);
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += parseInt(body[i], 36) * ORG_CODE_WEIGHTS[i];
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** A complete code from authority + category + division + 8-character organisation body. */
export function buildUscc(prefix8: string, orgBody: string): string {
  const first17 = `${prefix8}${orgBody}${orgCodeCheckChar(orgBody)}`;
  return `${first17}${usccCheckChar(first17)}`;
}

const fail = (fault: UsccFault, zh: string, en: string, expected?: string): UsccResult => ({
  valid: false,
  fault,
  reason: { zh, en },
  ...(expected !== undefined ? { expected } : {}),
});

/** Checks a code and names its first fault in Chinese and English. */
export function validateUscc(input: string): UsccResult {
  const code = normalizeUscc(input ?? '');
  if (code.length !== USCC_LENGTH) {
    return fail('LENGTH', `应为 18 位，实际为 ${code.length} 位`, `must be 18 characters long, not ${code.length}`);
  }
  for (let i = 0; i < code.length; i += 1) {
    if (!USCC_CHARSET.includes(code[i])) {
      return fail(
        'CHARSET',
        `第 ${i + 1} 位“${code[i]}”不是允许的字符（0-9 和除 I、O、Z、S、V 外的大写字母）`,
        `character ${i + 1} '${code[i]}' is not allowed (0-9 and capital letters except I, O, Z, S, V)`,
      );
    }
  }
  const authority = USCC_AUTHORITIES[code[0]];
  if (!authority) {
    return fail(
      'AUTHORITY',
      `第 1 位登记管理部门代码“${code[0]}”不存在`,
      `character 1 '${code[0]}' is not a registration authority code`,
    );
  }
  if (!authority.categories[code[1]]) {
    const allowed = Object.keys(authority.categories).join('、');
    return fail(
      'CATEGORY',
      `第 2 位机构类别代码“${code[1]}”不属于登记管理部门“${authority.name.zh}”（可为 ${allowed}）`,
      `character 2 '${code[1]}' is not an organisation category of the ${authority.name.en} authority (${allowed.replaceAll('、', ', ')})`,
    );
  }
  const division = code.slice(2, 8);
  if (!/^\d{6}$/.test(division) || !PROVINCE_PREFIXES.has(division.slice(0, 2))) {
    return fail(
      'DIVISION',
      `第 3–8 位行政区划码“${division}”无效`,
      `characters 3–8 '${division}' are not an administrative division code`,
    );
  }
  const orgExpected = orgCodeCheckChar(code.slice(8, 16));
  if (code[16] !== orgExpected) {
    return fail(
      'ORG_CODE_CHECK',
      `第 17 位（组织机构代码校验位）应为 ${orgExpected}`,
      `character 17 (organisation code check character) should be ${orgExpected}`,
      orgExpected,
    );
  }
  const expected = usccCheckChar(code.slice(0, 17));
  if (code[17] !== expected) {
    return fail('CHECK', `校验位应为 ${expected}`, `check character should be ${expected}`, expected);
  }
  return { valid: true, code };
}
