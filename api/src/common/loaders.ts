import DataLoader from 'dataloader';
import type { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../modules/account/viewer';
import { readableBy } from './scope';

/**
 * A loader factory is declared once per relation, next to its module (`milestonesByCommitment`);
 * each request gets its own DataLoader from it, so one nesting level of a query is one SQL
 * statement however many parents it has.
 */
export type LoaderFactory<K, V> = (manager: EntityManager, viewer: Viewer) => DataLoader<K, V>;

export class Loaders {
  private readonly instances = new Map<LoaderFactory<unknown, unknown>, DataLoader<unknown, unknown>>();

  constructor(
    private readonly manager: EntityManager,
    private readonly viewer: Viewer,
  ) {}

  get<K, V>(factory: LoaderFactory<K, V>): DataLoader<K, V> {
    let loader = this.instances.get(factory as LoaderFactory<unknown, unknown>);
    if (!loader) {
      loader = factory(this.manager, this.viewer) as DataLoader<unknown, unknown>;
      this.instances.set(factory as LoaderFactory<unknown, unknown>, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

type Order = Record<string, 'ASC' | 'DESC'>;

/** Narrows a query on `alias` to the rows the viewer may see (published ones, drafts in scope, never deleted). */
export function visibleTo<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, viewer: Viewer): SelectQueryBuilder<T> {
  const metadata = alias === qb.alias ? qb.expressionMap.mainAlias?.metadata : qb.expressionMap.findAliasByName(alias).metadata;
  if (!metadata?.findColumnWithPropertyName('publication')) return qb;
  const condition = readableBy(viewer, metadata.tableName, alias);
  return qb.andWhere(condition.sql, condition.parameters);
}

const orderQuery = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, order: Order) => {
  for (const [column, direction] of Object.entries(order)) qb.addOrderBy(`${alias}.${column}`, direction, 'NULLS LAST');
  return qb.addOrderBy(`${alias}.id`, 'ASC');
};

/** `<records>ById`: one record per id, null when there is none. */
export function byId<T extends { id: string }>(entity: EntityTarget<T>): LoaderFactory<string, T | null> {
  return (manager, viewer) =>
    new DataLoader(async (ids) => {
      const rows = await visibleTo(manager.createQueryBuilder(entity, 'r').where('r.id = ANY(:ids)', { ids }), 'r', viewer).getMany();
      const byKey = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byKey.get(id) ?? null);
    });
}

/** `<children>By<Parent>`: the records whose `column` is the key, in `order`. */
export function manyBy<T extends ObjectLiteral>(entity: EntityTarget<T>, column: keyof T & string, order: Order = {}): LoaderFactory<string, T[]> {
  return (manager, viewer) =>
    new DataLoader(async (keys) => {
      const qb = visibleTo(manager.createQueryBuilder(entity, 'r').where(`r.${column} = ANY(:keys)`, { keys }), 'r', viewer);
      const rows = await orderQuery(qb, 'r', order).getMany();
      const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
      for (const row of rows) groups.get(row[column])?.push(row);
      return keys.map((key) => groups.get(key) ?? []);
    });
}

/**
 * `<targets>By<Key>` through a link table: the target records linked to each key, in `order`.
 * `link` gives the link entity, its column holding the key and its column pointing at the target
 * (or, for a link the target points at, the join condition `on`); `where` narrows the links.
 */
export function manyThrough<T extends ObjectLiteral & { id: string }>(
  target: EntityTarget<T>,
  link: { entity: Function; keyColumn: string; targetColumn?: string; on?: string; where?: Record<string, unknown> },
  order: Order = {},
): LoaderFactory<string, T[]> {
  return (manager, viewer) =>
    new DataLoader(async (keys) => {
      const qb = manager
        .createQueryBuilder(target, 'r')
        .innerJoin(link.entity, 'l', link.on ?? `l.${link.targetColumn} = r.id`)
        .addSelect(`l.${link.keyColumn}`, 'link_key')
        .where(`l.${link.keyColumn} = ANY(:keys)`, { keys });
      for (const [column, value] of Object.entries(link.where ?? {})) qb.andWhere(`l.${column} = :${column}`, { [column]: value });
      visibleTo(qb, 'r', viewer);
      const { raw, entities } = await orderQuery(qb, 'r', order).getRawAndEntities();
      const byId = new Map(entities.map((entity) => [entity.id, entity]));
      const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
      for (const row of raw as Record<string, string>[]) {
        const entity = byId.get(row.r_id);
        if (entity) groups.get(row.link_key)?.push(entity);
      }
      return keys.map((key) => groups.get(key) ?? []);
    });
}

/** A loader over one aggregate statement that returns a row per key in a `key` column. */
export function rowsByKey<R extends { key: string }, V>(
  sql: string,
  toValue: (row: R | undefined) => V,
): LoaderFactory<string, V> {
  return (manager) =>
    new DataLoader(async (keys) => {
      const rows: R[] = await manager.query(sql, [keys]);
      const byKey = new Map(rows.map((row) => [row.key, row]));
      return keys.map((key) => toValue(byKey.get(key)));
    });
}

/** Loads the record a nullable foreign key points at (null when the key is null). */
export const loadOptional = <T>(loaders: Loaders, factory: LoaderFactory<string, T | null>, id: string | null): Promise<T | null> =>
  id === null ? Promise.resolve(null) : loaders.get(factory).load(id);
