import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from './errors';
import { assertUuid } from './ids';

/**
 * Small builders for list filters. Each takes the argument's path (`filter.planId`) so a bad value
 * is reported against the field the caller wrote; null or undefined means "no filter".
 */
const param = (field: string) => field.replace(/\W/g, '_');

export function whereId<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  column: string,
  value: string | null | undefined,
  field: string,
) {
  if (value == null) return;
  qb.andWhere(`${column} = :${param(field)}`, { [param(field)]: assertUuid(value, field) });
}

export function whereEquals<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  column: string,
  value: unknown,
  field: string,
) {
  if (value == null) return;
  qb.andWhere(`${column} = :${param(field)}`, { [param(field)]: value });
}

/** Records whose (partial) date overlaps [from, to]: "2017-02" matches a range that touches February 2017. */
export function whereDateRange<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  column: string,
  range: { from?: string | null; to?: string | null },
  field: string,
) {
  if (range.from && range.to && range.from > range.to)
    throw badInput(`${field}To`, `(${range.to}) comes before ${field}From (${range.from})`);
  if (range.from)
    qb.andWhere(`partial_date_last_day(${column}) >= :${param(field)}_from`, { [`${param(field)}_from`]: range.from });
  if (range.to)
    qb.andWhere(`partial_date_first_day(${column}) <= :${param(field)}_to`, { [`${param(field)}_to`]: range.to });
}

export const MAX_SEARCH_LENGTH = 200;

/** Case- and accent-sensitive substring search over the given columns ("saltillo" finds "Saltillo"). */
export function whereSearch<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  columns: string[],
  text: string | null | undefined,
  field: string,
) {
  if (text == null) return;
  const trimmed = text.trim();
  if (!trimmed) throw badInput(field, 'must not be empty');
  if (trimmed.length > MAX_SEARCH_LENGTH) throw badInput(field, `must be at most ${MAX_SEARCH_LENGTH} characters`);
  const pattern = `%${trimmed.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  qb.andWhere(`(${columns.map((column) => `${column} ILIKE :${param(field)}`).join(' OR ')})`, {
    [param(field)]: pattern,
  });
}

/** Records linked to `id` through a link table (`EXISTS`, so a record linked twice is listed once). */
export function whereLinked<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  linkTable: string,
  joinCondition: string,
  linkColumn: string,
  id: string | null | undefined,
  field: string,
  linkEquals: Record<string, unknown> = {},
) {
  if (id == null) return;
  const extra = Object.keys(linkEquals)
    .map((column) => ` AND l.${column} = :${param(field)}_${column}`)
    .join('');
  const extraParams = Object.fromEntries(
    Object.entries(linkEquals).map(([column, value]) => [`${param(field)}_${column}`, value]),
  );
  qb.andWhere(
    `EXISTS (SELECT 1 FROM ${linkTable} l WHERE ${joinCondition} AND l.${linkColumn} = :${param(field)}${extra})`,
    {
      [param(field)]: assertUuid(id, field),
      ...extraParams,
    },
  );
}
