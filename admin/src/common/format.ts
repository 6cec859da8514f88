import { isPartialDate, partialDateStart as firstDayOf, precisionOf } from '../../../api/src/common/partial-date';
import { intlLocale } from '../providers/i18nProvider';

const MONTHS_UTC = { timeZone: 'UTC' } as const;

/**
 * A date at the precision the source gives ("2017", "2017-02", "2017-02-15"), never turned into a
 * day it does not name: "febrero de 2017", "15 de febrero de 2017" (es-MX). A value that is no
 * partial date is shown as given.
 */
export function formatPartialDate(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  if (!isPartialDate(value) || precisionOf(value) === 'YEAR') return value;
  const options: Intl.DateTimeFormatOptions =
    precisionOf(value) === 'DAY'
      ? { ...MONTHS_UTC, day: 'numeric', month: 'long', year: 'numeric' }
      : { ...MONTHS_UTC, month: 'long', year: 'numeric' };
  return new Intl.DateTimeFormat(intlLocale(locale), options).format(partialDateStart(value));
}

/** A moment (audit trail, updatedAt) in the user's time zone: "25 de noviembre de 2026, 9:41 a.m.". */
export function formatDateTime(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(value));
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(value);
}

/** 66.7 → "66.7 %" (es-MX) or "66.7%" (en). */
export function formatPercent(value: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}

/** The first day of a partial date, for ordering and charts: "2017-02" → 2017-02-01 (UTC, ms). */
export const partialDateStart = (value: string): number => Date.parse(firstDayOf(value));

/** Today in Mexico City (YYYY-MM-DD), for "overdue". */
export function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City' }).format(new Date());
}
