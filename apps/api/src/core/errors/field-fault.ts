import type { LocalizedText } from '#matching';

/** One faulty input field and why, in both languages. */
export interface FieldFault {
  /** Path of the input field, e.g. `input.email` or `criteria.and[1]`. */
  field: string;
  message: LocalizedText;
}

export function fieldFault(field: string, zh: string, en: string): FieldFault {
  return { field, message: { zh, en } };
}

/** One message naming every fault, in both languages. */
export function describeFaults(faults: FieldFault[]): LocalizedText {
  return {
    zh: `输入有误：${faults.map((f) => `${f.field} ${f.message.zh}`).join('；')}`,
    en: `Invalid input: ${faults.map((f) => `${f.field} ${f.message.en}`).join('; ')}`,
  };
}
