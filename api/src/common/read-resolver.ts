import { Arg, Args, Ctx, ID, Query, Resolver, type ClassType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Context } from './context';
import { badInput, notFound } from './errors';
import { assertUuid } from './ids';
import { listPage, OrderInput, SortDirection, type Ordering } from './list-query';
import { visibleTo, type LoaderFactory } from './loaders';
import { ConnectionType, PaginationArgs } from './pagination';
import { Publication } from './publication';

export interface ReadResolverOptions<T extends ObjectLiteral, Filter extends object, F extends string> {
  type: ClassType<T>;
  /** GraphQL type name, e.g. "Commitment". */
  name: string;
  /** Query names: `commitment(id)` and `commitments(...)`. */
  single: string;
  plural: string;
  /** What the list is, for its description. */
  listDescription: string;
  byId: LoaderFactory<string, T | null>;
  filter: ClassType<Filter>;
  applyFilter: (qb: SelectQueryBuilder<T>, filter: Filter) => void;
  /** Conditions the list applies whether or not a filter is given (e.g. what the public sees unless it asks). */
  scope?: (qb: SelectQueryBuilder<T>, filter: Filter | null, viewer: Context['viewer']) => void;
  /** The `<Type>OrderField` enum. */
  orderFields: Record<string, F>;
  orderColumns: Record<NoInfer<F>, string>;
  defaultOrder: NoInfer<F>;
}

/**
 * The public reads every kind of record has: one by id (NOT_FOUND when absent) and a paginated,
 * filtered, sorted list with its total count. Modules extend the returned class with their
 * relation fields.
 */
export function createReadResolver<T extends ObjectLiteral, Filter extends object, F extends string>(
  options: ReadResolverOptions<T, Filter, F>,
) {
  const Connection = ConnectionType(options.type, options.name);
  const Order = OrderInput<F>(options.name, options.orderFields, options.defaultOrder);
  const defaultOrdering: Ordering<F> = { field: options.defaultOrder, direction: SortDirection.ASC };

  @Resolver()
  abstract class ReadResolver {
    @Query(() => options.type, {
      name: options.single,
      description: `One ${options.name} by id; NOT_FOUND when there is none.`,
    })
    async one(
      @Arg('id', () => ID, { description: `Id of the ${options.name}.` }) id: string,
      @Ctx() ctx: Context,
    ): Promise<T> {
      const record = await ctx.loaders.get(options.byId).load(assertUuid(id, 'id'));
      if (!record) throw notFound(options.name, id);
      return record;
    }

    @Query(() => Connection, {
      name: options.plural,
      description: `${options.listDescription} A page at a time, with the total count.`,
    })
    async list(
      @Args(() => PaginationArgs) page: PaginationArgs,
      @Arg('filter', () => options.filter, {
        nullable: true,
        description: 'Only records matching every given condition.',
      })
      filter: Filter | null,
      @Arg('orderBy', () => Order, { nullable: true, description: 'Sort order; ties are broken by id.' })
      orderBy: Ordering<F> | null,
      @Arg('publication', () => Publication, {
        nullable: true,
        description:
          'Only records in this publication state (drafts are seen by staff whose scope covers them); BAD_USER_INPUT for kinds of record without one.',
      })
      publication: Publication | null,
      @Ctx() ctx: Context,
    ) {
      const qb = visibleTo(ctx.manager.createQueryBuilder(options.type, 'r'), 'r', ctx.viewer);
      if (filter) options.applyFilter(qb, filter);
      if (publication) {
        if (!qb.expressionMap.mainAlias?.metadata.findColumnWithPropertyName('publication'))
          throw badInput('publication', `${options.name} records have no publication state`);
        qb.andWhere('r.publication = :publication', { publication });
      }
      options.scope?.(qb, filter, ctx.viewer);
      return listPage(qb, page, orderBy ?? defaultOrdering, options.orderColumns);
    }
  }
  return ReadResolver;
}
