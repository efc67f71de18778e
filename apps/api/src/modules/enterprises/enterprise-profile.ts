import { FACTS, STORED_FACT_NAMES, toIsoDay, validateStoredFacts, type StoredFactName } from '#matching';
import { findIndustry, findSegment, industryOfSegment, isKnownIndustry } from '#plan-data';
import { fieldFault as fault, type FieldFault } from '../../core/errors/field-fault.js';

/**
 * The rules of the one-file profile, as pure functions: which fields it has, how a value is read
 * (from a form or a spreadsheet cell), what makes a set of values wrong. The service and the
 * import both call these, so a profile is checked the same way whichever door it came in by.
 */

export const CONTACT_FIELDS = ['name', 'contactName', 'contactPhone', 'contactEmail', 'address'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];
export type ProfileField = ContactField | StoredFactName;

/** Every editable field of a profile: contact fields, then the stored facts in vocabulary order. */
export const PROFILE_FIELDS: readonly ProfileField[] = [...CONTACT_FIELDS, ...STORED_FACT_NAMES];

export type ProfileValues = Partial<Record<ProfileField, unknown>>;

const CONTACT_LIMITS: Record<ContactField, number> = {
  name: 200,
  contactName: 100,
  contactPhone: 50,
  contactEmail: 254,
  address: 300,
};

export const CONTACT_LABELS: Record<ContactField, { zh: string; en: string }> = {
  name: { zh: '企业名称', en: 'Enterprise name' },
  contactName: { zh: '联系人', en: 'Contact person' },
  contactPhone: { zh: '联系电话', en: 'Contact phone' },
  contactEmail: { zh: '联系邮箱', en: 'Contact email' },
  address: { zh: '地址', en: 'Address' },
};

/** int columns hold at most this; money columns are numeric, kept within what a double holds exactly. */
const MAX_INT = 2_147_483_647;
const MAX_AMOUNT = 1e15;

export function isStoredFact(field: string): field is StoredFactName {
  return (STORED_FACT_NAMES as readonly string[]).includes(field);
}

export function isProfileField(field: string): field is ProfileField {
  return (PROFILE_FIELDS as readonly string[]).includes(field);
}

/** Equal values of one field: null and undefined are "not entered"; numbers compare as numbers. */
export function sameValue(a: unknown, b: unknown): boolean {
  const x = a ?? null;
  const y = b ?? null;
  if (x === null || y === null) return x === y;
  if (typeof x === 'number' || typeof y === 'number') return Number(x) === Number(y);
  return x === y;
}

export interface FieldChange {
  field: ProfileField;
  before: unknown;
  after: unknown;
}

/** The fields of `patch` (undefined = not given) whose value differs from `current`. */
export function diffProfile(current: ProfileValues, patch: ProfileValues): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of PROFILE_FIELDS) {
    if (patch[field] === undefined) continue;
    const before = current[field] ?? null;
    const after = patch[field] ?? null;
    if (!sameValue(before, after)) changes.push({ field, before, after });
  }
  return changes;
}

/** What the rules need to know beyond the values. */
export interface ProfileContext {
  /** Codes of the parks that exist. */
  parkCodes: ReadonlySet<string>;
  /** Today as YYYY-MM-DD (China Standard Time). */
  today: string;
}

/**
 * Every fault of a patch applied to a profile, each naming its field: types and ranges of the
 * vocabulary, the taxonomy (industry, segment of that industry, park), and rules across facts
 * (tech staff within employees, a year within its three-year sum …). Empty when the patch is fine.
 */
export function checkProfile(current: ProfileValues, patch: ProfileValues, context: ProfileContext): FieldFault[] {
  const faults: FieldFault[] = [];
  const given = (field: ProfileField) => patch[field] !== undefined;
  const value = (field: ProfileField): unknown => (given(field) ? patch[field] : current[field]) ?? null;

  for (const field of CONTACT_FIELDS) {
    if (!given(field)) continue;
    const v = patch[field];
    if (v === null || (typeof v === 'string' && v.trim() === '')) {
      if (field === 'name') faults.push(fault(field, '企业名称不能为空', 'must not be empty'));
      continue;
    }
    if (typeof v !== 'string') {
      faults.push(fault(field, '必须是文本', 'must be text'));
    } else if (v.trim().length > CONTACT_LIMITS[field]) {
      faults.push(
        fault(
          field,
          `过长（最多 ${CONTACT_LIMITS[field]} 个字符）`,
          `must be at most ${CONTACT_LIMITS[field]} characters`,
        ),
      );
    } else if (field === 'contactEmail' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim())) {
      faults.push(fault(field, '必须是有效的邮箱地址', 'must be an email address'));
    }
  }

  const facts = Object.fromEntries(STORED_FACT_NAMES.filter(given).map((name) => [name, patch[name]]));
  const typeFaults = new Set<string>();
  for (const f of validateStoredFacts(facts)) {
    typeFaults.add(f.path);
    faults.push({ field: f.path, message: f.message });
  }
  const ok = (field: StoredFactName) => given(field) && patch[field] !== null && !typeFaults.has(field);

  for (const name of STORED_FACT_NAMES) {
    if (!ok(name) || FACTS[name].type !== 'number') continue;
    const n = patch[name] as number;
    const max = FACTS[name].integer ? MAX_INT : MAX_AMOUNT;
    if (n > max) faults.push(fault(name, `过大（不能大于 ${max}）`, `must not be greater than ${max}`));
  }
  if (ok('registeredAt') && (patch.registeredAt as string) > context.today) {
    faults.push(fault('registeredAt', '注册成立日期不能晚于今天', 'must not be in the future'));
  }
  if (ok('industry') && !isKnownIndustry(patch.industry as string)) {
    faults.push(
      fault('industry', `未知的产业编码 ${String(patch.industry)}`, `unknown industry code ${String(patch.industry)}`),
    );
  }
  const segment = value('chainSegment');
  if (typeof segment === 'string' && (given('chainSegment') || given('industry')) && !typeFaults.has('chainSegment')) {
    const owner = industryOfSegment(segment);
    if (!findSegment(segment) || !owner) {
      faults.push(fault('chainSegment', `未知的产业链环节编码 ${segment}`, `unknown chain segment code ${segment}`));
    } else if (owner.code !== value('industry')) {
      const field = given('chainSegment') ? 'chainSegment' : 'industry';
      const industry = value('industry');
      const industryName = typeof industry === 'string' ? (findIndustry(industry)?.name ?? industry) : '（未填写）';
      faults.push(
        fault(
          field,
          `产业链环节 ${segment} 属于产业“${owner.name}”（${owner.code}），与所属产业“${industryName}”不一致`,
          `chain segment ${segment} belongs to ${owner.code} (${owner.nameEn}), not to the industry ${typeof industry === 'string' ? industry : '(not entered)'}`,
        ),
      );
    }
  }
  if (ok('parkCode') && !context.parkCodes.has(patch.parkCode as string)) {
    faults.push(
      fault(
        'parkCode',
        `没有编码为 ${String(patch.parkCode)} 的园区`,
        `no park has the code ${String(patch.parkCode)}`,
      ),
    );
  }

  // A part never exceeds its whole (named by their labels: the English text too).
  const within = (part: StoredFactName, whole: StoredFactName, zh: string) => {
    if (!(given(part) || given(whole)) || typeFaults.has(part) || typeFaults.has(whole)) return;
    const p = value(part);
    const w = value(whole);
    const en = `${FACTS[part].label.en} must not exceed ${FACTS[whole].label.en}`;
    if (typeof p === 'number' && typeof w === 'number' && p > w) faults.push(fault(given(part) ? part : whole, zh, en));
  };
  within('techStaff', 'employees', '科技人员数不能超过职工总数');
  within('highTechRevenue', 'revenue', '高新技术产品（服务）收入不能超过销售收入');
  within('revenue', 'revenue3y', '近一年销售收入不能超过近三年销售收入总额');
  within('rdExpense', 'rdExpense3y', '近一年研发费用不能超过近三年研发费用总额');
  return faults;
}

/** Today's date in China Standard Time, as YYYY-MM-DD. */
export function todayInChina(now: Date = new Date()): string {
  return toIsoDay(now)!;
}

// ── Reading spreadsheet cells ──────────────────────────────────────────────────────────────

export type CellReading = { value: unknown } | { fault: { zh: string; en: string } };

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', '是', '有', '√', 'TRUE']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', '否', '无', '×', 'FALSE']);

/** The plain value of an exceljs cell value (rich text, hyperlinks and formulas unwrapped). */
export function cellPrimitive(raw: unknown): string | number | boolean | Date | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string') return raw.trim() === '' ? null : raw.trim();
  if (typeof raw === 'number' || typeof raw === 'boolean' || raw instanceof Date) return raw;
  if (typeof raw === 'object') {
    const o = raw as Record<string, unknown>;
    if (Array.isArray(o.richText)) return cellPrimitive((o.richText as { text: string }[]).map((r) => r.text).join(''));
    if ('result' in o) return cellPrimitive(o.result);
    if ('text' in o) return cellPrimitive(o.text);
    if ('error' in o) return String(o.error);
  }
  return String(raw);
}

/**
 * Reads one cell for a profile field: `{ value: undefined }` for an empty cell (the import leaves
 * the field as it is), the typed value, or the reason it cannot be read. Enumerated facts take
 * their code or their Chinese or English label; booleans 是/否, true/false, yes/no, 1/0.
 */
export function readCell(field: ProfileField, raw: unknown): CellReading {
  const v = cellPrimitive(raw);
  if (v === null) return { value: undefined };
  if (!isStoredFact(field)) return { value: v instanceof Date ? toIsoDay(v) : String(v) };
  const def = FACTS[field];
  switch (def.type) {
    case 'number': {
      const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.replace(/[,，\s]/g, '')) : NaN;
      if (!Number.isFinite(n)) return { fault: { zh: `“${String(v)}”不是数字`, en: `'${String(v)}' is not a number` } };
      return { value: n };
    }
    case 'date': {
      if (v instanceof Date) return { value: toIsoDay(v) };
      const text = String(v);
      const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
      const day = m ? toIsoDay(`${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`) : null;
      if (!day)
        return { fault: { zh: `“${text}”不是日期（应为 YYYY-MM-DD）`, en: `'${text}' is not a date (YYYY-MM-DD)` } };
      return { value: day };
    }
    case 'boolean': {
      if (typeof v === 'boolean') return { value: v };
      const word = String(v).trim().toLowerCase();
      if (TRUE_WORDS.has(word)) return { value: true };
      if (FALSE_WORDS.has(word)) return { value: false };
      return { fault: { zh: `“${String(v)}”应为 是 或 否`, en: `'${String(v)}' must be yes or no` } };
    }
    case 'string': {
      const text = String(v).trim();
      if (def.values && def.valueLabels) {
        const byLabel = Object.entries(def.valueLabels).find(
          ([, label]) => label.zh === text || label.en.toLowerCase() === text.toLowerCase(),
        );
        if (byLabel) return { value: byLabel[0] };
        return { value: text.toUpperCase() };
      }
      return { value: text };
    }
  }
}
