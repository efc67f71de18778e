import type { Locale } from '../i18n/locale';

/** Locale-aware number formatting; money arrives in yuan and is shown in 万元 (10,000 yuan). */
export const formatNumber = (locale: Locale, value: number, maximumFractionDigits = 2): string =>
  new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value);

export const formatPercent = (locale: Locale, fraction: number, maximumFractionDigits = 1): string =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits }).format(fraction);

export const yuanToWan = (yuan: number): number => yuan / 10_000;

const MILLION = 1_000_000;

/**
 * An amount of money for people. Chinese readers count in 万元 ("5,000 万元"); English readers get
 * the currency code and whole words: "CNY 50,000" below a million, "CNY 5 million",
 * "CNY 1.25 billion" above (Intl's long compact notation, so the words are the locale's own).
 */
export const formatMoney = (locale: Locale, yuan: number, wanUnit = '万元'): string => {
  if (locale === 'zh-CN') return `${formatNumber(locale, yuanToWan(yuan))} ${wanUnit}`;
  const amount =
    Math.abs(yuan) < MILLION
      ? formatNumber(locale, yuan, 0)
      : new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 }).format(
          yuan,
        );
  return `CNY ${amount}`;
};

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const pad = (value: number) => String(value).padStart(2, '0');

/**
 * The app's one date format, in both languages: 2026-12-03 (as the date pickers show and take
 * dates). A calendar date ('2026-12-03') is shown as it is; a timestamp in the reader's time zone.
 */
export const formatDate = (iso: string): string => {
  if (DATE_ONLY.test(iso)) return iso;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

/** A moment: the date as `formatDate` shows it and the time of day, 2026-12-03 14:05 (24-hour clock). */
export const formatDateTime = (iso: string): string => {
  const date = new Date(iso);
  if (DATE_ONLY.test(iso) || Number.isNaN(date.getTime())) return formatDate(iso);
  return `${formatDate(iso)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
};
