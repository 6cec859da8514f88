import { Field, InputType, registerEnumType, type ClassType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { pageWindow, toConnection, type Connection, type PaginationArgs } from './pagination';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Sort order.',
  valuesConfig: {
    ASC: { description: 'Ascending (A to Z, oldest first).' },
    DESC: { description: 'Descending (Z to A, newest first).' },
  },
});

export interface Ordering<F extends string> {
  field: F;
  direction?: SortDirection | null;
}

/** An `<Type>Order` input: which field to sort by and in which direction. */
export function OrderInput<F extends string>(typeName: string, fieldEnum: object, defaultField: F) {
  @InputType(`${typeName}Order`, { description: `How to sort ${typeName} records.` })
  class Order implements Ordering<F> {
    @Field(() => fieldEnum, { defaultValue: defaultField, description: 'Field to sort by.' })
    field: F;

    @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Sort direction.' })
    direction?: SortDirection | null;
  }
  return Order as ClassType<Ordering<F>>;
}

/**
 * Runs a filtered list query as one statement: the page's rows and, alongside them, the total
 * count (`count(*) OVER ()`). `columns` maps each sort field to its SQL expression; the id always
 * breaks ties so pages never overlap.
 */
export async function listPage<T extends ObjectLiteral, F extends string>(
  qb: SelectQueryBuilder<T>,
  page: PaginationArgs,
  ordering: Ordering<F>,
  columns: Record<F, string>,
): Promise<Connection<T>> {
  const window = pageWindow(page);
  const alias = qb.alias;
  const direction = ordering.direction ?? SortDirection.ASC;
  qb.orderBy(
    columns[ordering.field],
    direction,
    direction === SortDirection.ASC ? 'NULLS LAST' : 'NULLS FIRST',
  ).addOrderBy(`${alias}.id`, direction);

  let offset = window.offset;
  let limit = window.limit;
  if (window.fromEnd !== undefined) {
    const total = await qb.clone().getCount();
    offset = Math.max(window.offset, total - window.fromEnd);
    limit = total - offset;
  }
  const { raw, entities } = await qb
    .addSelect('count(*) OVER ()', 'total_count')
    .offset(offset)
    .limit(limit)
    .getRawAndEntities();
  const totalCount = raw.length
    ? Number(raw[0].total_count)
    : limit === 0 || offset > 0
      ? await qb.clone().offset(undefined).limit(undefined).getCount()
      : 0;
  return toConnection(entities, offset, totalCount, window.before);
}
