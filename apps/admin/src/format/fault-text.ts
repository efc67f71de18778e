import type { Locale } from '../i18n/locale';

/** One refused input field as the API reports it (`input.uscc`, `criteria.and[1]`) and why. */
export interface FaultLike {
  field: string;
  message: string;
}

/** The field a path names, as forms and labels know it: `input.profile.uscc` → `uscc`, `testCases[2]` → `testCases`. */
export const faultFieldName = (path: string): string => (path.split('.').pop() ?? path).replace(/\[\d+\]$/, '');

/**
 * One field's reason with its label. The API's English reasons are sentence ends that follow the
 * field's name ("is already registered"): they follow the label ("Email is already registered");
 * a whole sentence gets the label before a colon.
 */
export const labelledFault = (label: string, message: string, locale: Locale): string => {
  if (locale === 'zh-CN') return `${label}：${message}`;
  return /^[a-z]/.test(message) ? `${label} ${message}` : `${label}: ${message}`;
};

/**
 * The API's field faults as one message a person reads: each field by its label on screen
 * ("统一社会信用代码：该代码已登记"), never by the internal name the API uses (`uscc`). A field
 * without a known label gives its reason alone.
 */
export const faultText = (
  faults: readonly FaultLike[],
  label: (name: string) => string | null,
  locale: Locale,
): string => {
  return faults
    .map(({ field, message }) => {
      const name = label(faultFieldName(field));
      return name ? labelledFault(name, message, locale) : message;
    })
    .join(locale === 'zh-CN' ? '；' : '; ');
};
