import { isIsoDay } from './dates.js';
import { FACTS, isFactName } from './facts.js';
import { text, type LocalizedText } from './i18n.js';

export type FactFaultCode = 'NOT_AN_OBJECT' | 'UNKNOWN_FACT' | 'DERIVED_FACT' | 'TYPE_MISMATCH' | 'VALUE_NOT_ALLOWED';

/** One problem with a set of stored facts; `path` is the fact name ('' for the whole object). */
export interface FactFault {
  code: FactFaultCode;
  path: string;
  message: LocalizedText;
}

/**
 * Check hand-written stored facts (a test case, the evaluatePolicy input, a profile form) before
 * they reach the engine: every fault, each with the fact it concerns. null means "not entered".
 */
export function validateStoredFacts(input: unknown): FactFault[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return [{ code: 'NOT_AN_OBJECT', path: '', message: text('事实应为一个对象', 'Facts must be an object') }];
  }
  const faults: FactFault[] = [];
  for (const [name, value] of Object.entries(input)) {
    if (!isFactName(name)) {
      faults.push({ code: 'UNKNOWN_FACT', path: name, message: text(`未知的事实“${name}”`, `Unknown fact "${name}"`) });
      continue;
    }
    const def = FACTS[name];
    if (def.kind === 'derived') {
      const inputs = (def.inputs ?? []).join(', ');
      faults.push({
        code: 'DERIVED_FACT',
        path: name,
        message: text(
          `“${name}”由 ${inputs} 计算得出，请填写这些事实`,
          `"${name}" is computed from ${inputs}; enter those instead`,
        ),
      });
      continue;
    }
    if (value === null || value === undefined) continue;
    const fault = typeFault(name, value);
    if (fault) faults.push(fault);
  }
  return faults;
}

function typeFault(name: keyof typeof FACTS, value: unknown): FactFault | null {
  const def = FACTS[name];
  const mismatch = (zh: string, en: string): FactFault => ({
    code: 'TYPE_MISMATCH',
    path: name,
    message: text(`“${name}”应为${zh}`, `"${name}" must be ${en}`),
  });
  switch (def.type) {
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return mismatch('数值', 'a number');
      if (value < 0) return mismatch('非负数', 'zero or more');
      if (def.integer && !Number.isInteger(value)) return mismatch('整数', 'a whole number');
      return null;
    case 'date':
      return isIsoDay(value) ? null : mismatch('YYYY-MM-DD 格式的日期', 'a date as YYYY-MM-DD');
    case 'boolean':
      return typeof value === 'boolean' ? null : mismatch('true 或 false', 'true or false');
    case 'string':
      if (typeof value !== 'string') return mismatch('字符串', 'a string');
      if (def.values && !def.values.includes(value)) {
        const allowed = def.values.join(', ');
        return {
          code: 'VALUE_NOT_ALLOWED',
          path: name,
          message: text(
            `“${name}”的取值“${value}”不在允许范围（${allowed}）内`,
            `"${value}" is not a value of "${name}" (${allowed})`,
          ),
        };
      }
      return null;
  }
}
