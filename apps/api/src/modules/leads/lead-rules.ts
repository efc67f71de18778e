import { INDUSTRIES } from '#plan-data';
import { fieldFault, type FieldFault } from '../../core/errors/field-fault.js';
import { normalizeUscc, validateUscc } from '../enterprises/uscc.js';
import type { LeadDetailsInput } from './dto/lead-details.input.js';
import type { Lead } from './lead.entity.js';

type LeadFields = Partial<Omit<Lead, 'id' | 'createdAt' | 'updatedAt' | 'version'>>;

/**
 * The input of a lead as columns, with every fault at once: a USCC that is not one (the check
 * digit), an unknown industry or a segment not of that industry (text no one can store is refused
 * earlier, by the validation pipe, for every argument).
 * Only the fields sent are returned, so an update changes nothing else.
 */
export function toLeadFields(
  input: LeadDetailsInput & { companyName?: string },
  current?: Lead,
): {
  fields: LeadFields;
  faults: FieldFault[];
} {
  const faults: FieldFault[] = [];
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined || key === 'allowDuplicate') continue;
    fields[key] = typeof value === 'string' ? value.trim() || null : value;
  }
  if ('companyName' in fields && !fields.companyName) {
    faults.push(fieldFault('companyName', '不能为空', 'should not be empty'));
  }
  if (typeof fields.uscc === 'string') {
    const check = validateUscc(normalizeUscc(fields.uscc));
    if (check.valid) fields.uscc = check.code;
    else
      faults.push(
        fieldFault('uscc', `统一社会信用代码无效：${check.reason.zh}`, `is not a valid USCC: ${check.reason.en}`),
      );
  }
  const industryCode =
    'industryCode' in fields ? (fields.industryCode as string | null) : (current?.industryCode ?? null);
  const industry = industryCode ? INDUSTRIES.find((i) => i.code === industryCode) : null;
  if (industryCode && !industry) faults.push(fieldFault('industryCode', '不是已知的产业', 'is not a known industry'));
  const segment = 'chainSegment' in fields ? (fields.chainSegment as string | null) : (current?.chainSegment ?? null);
  if (segment && industry && !industry.segments.some((s) => s.code === segment)) {
    faults.push(fieldFault('chainSegment', '不属于所选产业的产业链环节', 'is not a chain segment of the industry'));
  }
  if (segment && !industryCode) faults.push(fieldFault('chainSegment', '请先选择产业', 'needs an industry first'));
  if (Array.isArray(fields.tags))
    fields.tags = [...new Set((fields.tags as string[]).map((t) => t.trim()).filter(Boolean))];
  if (Array.isArray(fields.contacts)) {
    fields.contacts = (fields.contacts as Record<string, unknown>[]).map((contact) =>
      Object.fromEntries(Object.entries(contact).map(([k, v]) => [k, typeof v === 'string' ? v.trim() || null : v])),
    );
  }
  for (const list of ['targetFlags', 'tags', 'contacts'] as const) if (fields[list] === null) fields[list] = [];
  if (fields.summary === null) fields.summary = '';
  return { fields: fields as LeadFields, faults };
}
