import type { I18nProvider } from '@refinedev/core';
import { changeLocale, currentLocale, i18n } from './i18n';
import { isLocale } from './locale';

/**
 * Refine's translate is called as (key, defaultMessage) and as (key, options, defaultMessage);
 * both end in i18next. Made per language so Refine's own components re-render on a switch.
 */
export const createI18nProvider = (): I18nProvider => ({
  translate: (key: string, options?: unknown, defaultMessage?: string): string => {
    if (typeof options === 'string') return i18n.t(key, { defaultValue: options });
    const values = (options ?? {}) as Record<string, unknown>;
    return i18n.t(key, { ...values, defaultValue: defaultMessage ?? values.defaultValue ?? key });
  },
  changeLocale: async (locale: string) => {
    if (isLocale(locale)) await changeLocale(locale);
  },
  getLocale: () => currentLocale(),
});
