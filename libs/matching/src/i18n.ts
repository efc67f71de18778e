/** The two locales every label exists in; zh-CN is the default. */
export type Locale = 'zh-CN' | 'en-US';

/** A text a person reads, in both locales. */
export interface LocalizedText {
  zh: string;
  en: string;
}

export function localize(text: LocalizedText, locale: Locale = 'zh-CN'): string {
  return locale === 'en-US' ? text.en : text.zh;
}

export function text(zh: string, en: string): LocalizedText {
  return { zh, en };
}
