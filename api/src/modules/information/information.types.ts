import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

/** How a total of pages is to be read: the source may count all, some or none of what was delivered. */
export enum TotalQualifier {
  EXACT = 'EXACT',
  MORE_THAN = 'MORE_THAN',
  UNKNOWN = 'UNKNOWN',
}

registerEnumType(TotalQualifier, {
  name: 'TotalQualifier',
  description:
    'How a total is to be read: exact, a lower bound, or unknown because the source counts nothing it adds up.',
  valuesConfig: {
    EXACT: { description: 'Every delivery is counted exactly: the total is exact.' },
    MORE_THAN: {
      description: 'The total is a lower bound: a count added is "more than N", or some deliveries are not counted.',
    },
    UNKNOWN: { description: 'The source gives no count (or no delivery is recorded): the total is null, never 0.' },
  },
});

@ObjectType({
  description:
    'Pages (fojas) delivered, added up over deliveries that count them. MORE_THAN when any count is a lower bound ' +
    '("more than 2,737") or some deliveries are not counted; UNKNOWN, with null pages, when none is counted or none is recorded.',
})
export class PagesDelivered {
  @Field(() => Int, {
    nullable: true,
    description: 'Sum of the pages counted; null when the source counts none (never 0 for unknown).',
  })
  pages: number | null;

  @Field(() => TotalQualifier, { description: 'EXACT, MORE_THAN (a lower bound) or UNKNOWN (pages is null).' })
  qualifier: TotalQualifier;

  @Field(() => Int, { description: 'Deliveries with a page count.' })
  deliveriesCounted: number;

  @Field(() => Int, { description: 'Deliveries the source describes without a page count.' })
  deliveriesWithoutPageCount: number;
}

/** SQL aggregates, over deliveries aliased `d`, that `pagesTotal` reads (columns pages, lower_bound, counted, uncounted). */
export const PAGES_AGGREGATES = `sum(d.pages) AS pages, bool_or(d.pages_qualifier = 'MORE_THAN') AS lower_bound,
  count(d.pages) AS counted, count(d.id) - count(d.pages) AS uncounted`;

export interface PagesAggregates {
  pages?: unknown;
  lower_bound?: unknown;
  counted?: unknown;
  uncounted?: unknown;
}

/**
 * The one rule for a total of pages, used by GraphQL, open data, widgets and comparisons: no count
 * is unknown (null), some uncounted deliveries make the sum a lower bound, "more than N" stays one.
 */
export function pagesTotal(row: PagesAggregates | undefined): PagesDelivered {
  const counted = Number(row?.counted ?? 0);
  const uncounted = Number(row?.uncounted ?? 0);
  if (counted === 0)
    return {
      pages: null,
      qualifier: TotalQualifier.UNKNOWN,
      deliveriesCounted: 0,
      deliveriesWithoutPageCount: uncounted,
    };
  const lowerBound = Boolean(row?.lower_bound) || uncounted > 0;
  return {
    pages: Number(row?.pages),
    qualifier: lowerBound ? TotalQualifier.MORE_THAN : TotalQualifier.EXACT,
    deliveriesCounted: counted,
    deliveriesWithoutPageCount: uncounted,
  };
}
