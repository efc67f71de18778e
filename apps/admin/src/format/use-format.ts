import { useTranslation } from 'react-i18next';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locale';
import { formatDate, formatDateTime, formatMoney, formatNumber, formatPercent } from './number-format';

export interface Formatters {
  locale: Locale;
  number: (value: number, digits?: number) => string;
  percent: (fraction: number, digits?: number) => string;
  /** Yuan shown as 万元 in Chinese, "CNY 50,000" / "CNY 5 million" in English. */
  money: (yuan: number) => string;
  /** Land in 亩 / mu. */
  land: (mu: number) => string;
  /** Floor space in m². */
  floor: (sqm: number) => string;
  /** The app's one date format: 2026-12-03. */
  date: (iso: string) => string;
  /** 2026-12-03 14:05 */
  dateTime: (iso: string) => string;
  /** Picks the zh or en variant of a bilingual record field. */
  pick: (zh: string | null | undefined, en: string | null | undefined) => string;
}

/** Formatters bound to the current locale; components re-render when the language changes. */
export const useFormat = (): Formatters => {
  const { t, i18n } = useTranslation();
  const locale: Locale = isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
  const number = (value: number, digits = 2) => formatNumber(locale, value, digits);
  return {
    locale,
    number,
    percent: (fraction, digits = 1) => formatPercent(locale, fraction, digits),
    money: (yuan) => formatMoney(locale, yuan, t('units.wan')),
    land: (mu) => `${number(mu, 1)} ${t('units.mu')}`,
    floor: (sqm) => `${number(sqm, 0)} ${t('units.sqm')}`,
    date: formatDate,
    dateTime: formatDateTime,
    pick: (zh, en) => (locale === 'en-US' ? en || zh || '' : zh || en || ''),
  };
};
