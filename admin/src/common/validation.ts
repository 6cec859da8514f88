import { maxLength, maxValue, minValue, required, type Validator } from 'react-admin';
import { inOrder, isPartialDate, strictlyInOrder } from '../../../api/src/common/partial-date';
import { CODE, LONG_TEXT, PLAN_YEARS, SHORT_TEXT, SLUG, SOURCE_NOTE } from '../../../api/src/common/field-limits';

/**
 * Validation that mirrors the server's (class-validator on the inputs and the write rules in
 * api/src/modules/*\/*.write.ts), so most mistakes are caught before a round trip; what only the
 * server knows (uniqueness, overlapping holders) comes back as field errors from the API. Partial
 * dates, text limits and the slug and code formats are the API's own definitions, imported.
 */
export const message = (key: string, args: Record<string, unknown> = {}) => ({
  message: `tablero.validation.${key}`,
  args,
});

/**
 * A date as people here write it, day first (15/01/2018, 1/2/2018, 01/2018), in the API's
 * reduced ISO form (2018-01-15, 2018-02-01, 2018-01); anything else is left as typed, for
 * `partialDate` to question. Only four-digit years, so a date half typed is never read.
 */
export function fromDayFirst(text: string): string {
  const trimmed = text.trim();
  const day = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (day) return `${day[3]}-${day[2].padStart(2, '0')}-${day[1].padStart(2, '0')}`;
  const month = /^(\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (month) return `${month[2]}-${month[1].padStart(2, '0')}`;
  return text;
}

export const partialDate: Validator = (value) =>
  value && !isPartialDate(String(value)) ? message('partial_date') : undefined;
export const url: Validator = (value) =>
  value && !/^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(String(value)) ? message('url') : undefined;
export const slug: Validator = (value) => (value && !SLUG.test(String(value)) ? message('slug') : undefined);
export const code: Validator = (value) => (value && !CODE.test(String(value)) ? message('code') : undefined);
export const positive: Validator = (value) =>
  value != null && value !== '' && !(Number(value) > 0) ? message('positive') : undefined;
export const integer: Validator = (value) =>
  value != null && value !== '' && !Number.isInteger(Number(value)) ? message('integer') : undefined;

export const requiredText = (max = SHORT_TEXT) => [required(), maxLength(max)];
export const optionalText = (max = LONG_TEXT) => [maxLength(max)];
export const position = [required(), integer, minValue(1)];
export const count = [integer, minValue(0)];
export const year = [
  integer,
  minValue(PLAN_YEARS.min, 'tablero.validation.years'),
  maxValue(PLAN_YEARS.max, 'tablero.validation.years'),
];
export const sourceNote = [maxLength(SOURCE_NOTE)];

export type Values = Record<string, unknown>;
export type Errors = Record<string, unknown>;
export const filled = (value: unknown) =>
  value != null && value !== '' && !(Array.isArray(value) && value.length === 0);

/** [start, end] pairs of partial dates that must be in order (the end may share the start's day). */
export function datesInOrder(values: Values, errors: Errors, start: string, end: string, label: string) {
  const [from, to] = [values[start], values[end]];
  if (!isPartialDate(from) || !isPartialDate(to)) return;
  if (!inOrder(from, to)) errors[end] = message('not_before', { other: label });
}

/** Half-open intervals (memberships): the end must come after the start. */
export function strictlyAfter(values: Values, errors: Errors, start: string, end: string, label: string) {
  const [from, to] = [values[start], values[end]];
  if (!isPartialDate(from) || !isPartialDate(to)) return;
  if (!strictlyInOrder(from, to)) errors[end] = message('strictly_after', { other: label });
}

/** A count and its qualifier ("más de"): both or neither. */
export function countWithQualifier(values: Values, errors: Errors, countField: string, qualifierField: string) {
  if (filled(values[countField]) && !filled(values[qualifierField]))
    errors[qualifierField] = message('qualifier_needed');
  if (!filled(values[countField]) && filled(values[qualifierField])) errors[countField] = message('count_needed');
}

/** A start and an end that must be in order (exercises, organisations). */
export function intervalRules(values: Values, startLabel: string, start = 'startDate', end = 'endDate'): Errors {
  const errors: Errors = {};
  datesInOrder(values, errors, start, end, startLabel);
  return errors;
}
