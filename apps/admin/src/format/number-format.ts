import type { Locale } from '../i18n/locale';

/** Locale-aware number formatting; money arrives in yuan and is shown in 万元 (10,000 yuan). */
export const formatNumber = (locale: Locale, value: number, maximumFractionDigits = 2): string =>
  new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value);

export const formatPercent = (locale: Locale, fraction: number, maximumFractionDigits = 1): string =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits }).format(fraction);

export const yuanToWan = (yuan: number): number => yuan / 10_000;

export const formatDate = (locale: Locale, iso: string): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));

export const formatDateTime = (locale: Locale, iso: string): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
