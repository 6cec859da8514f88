import type { ApolloServerPlugin } from '@apollo/server';
import DataLoader from 'dataloader';
import { isObjectType, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { Context } from './context';
import { positional, preparedQuery, RowHydrator, type FieldSelection, type RowShape } from './prepared';
import { readableBy } from './scope';
import type { Viewer } from './viewer';

/**
 * A loader factory is declared once per relation, next to its module (`milestonesByCommitment`);
 * each request gets its own DataLoader from it, so one nesting level of a query is one SQL
 * statement however many parents it has. `selection`, when known, is what the request's
 * operation asks for: a loader may then leave out the optional columns nobody asked for.
 */
export type LoaderFactory<K, V> = (
  manager: EntityManager,
  viewer: Viewer,
  selection?: FieldSelection,
) => DataLoader<K, V>;

export class Loaders {
  private readonly instances = new Map<LoaderFactory<unknown, unknown>, DataLoader<unknown, unknown>>();
  private selection: FieldSelection | undefined;

  constructor(
    private readonly manager: EntityManager,
    private readonly viewer: Viewer,
  ) {}

  /**
   * The fields the request's operation asks for, set before it runs (selectedColumnsPlugin). The
   * same for the whole request, so a record cached by a loader always has the same columns.
   */
  useSelection(selection: FieldSelection): void {
    if (!this.instances.size) this.selection = selection;
  }

  get<K, V>(factory: LoaderFactory<K, V>): DataLoader<K, V> {
    let loader = this.instances.get(factory as LoaderFactory<unknown, unknown>);
    if (!loader) {
      loader = factory(this.manager, this.viewer, this.selection) as DataLoader<unknown, unknown>;
      this.instances.set(factory as LoaderFactory<unknown, unknown>, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

type Order = Record<string, 'ASC' | 'DESC'>;

/** Narrows a query on `alias` to the rows the viewer may see (public ones, drafts in scope, never deleted). */
export function visibleTo<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  viewer: Viewer,
): SelectQueryBuilder<T> {
  const metadata =
    alias === qb.alias ? qb.expressionMap.mainAlias?.metadata : qb.expressionMap.findAliasByName(alias).metadata;
  if (!metadata) throw new Error(`No entity behind alias "${alias}"`);
  const condition = readableBy(viewer, metadata.tableName, alias);
  return qb.andWhere(condition.sql, condition.parameters);
}

/** `ORDER BY` for `order` on `alias`, nulls last, ties broken by the primary key. */
const orderBy = (hydrator: RowHydrator<unknown>, alias: string, order: Order) => {
  const column = (property: string) => {
    const metadata = hydrator.metadata.findColumnWithPropertyName(property);
    if (!metadata) throw new Error(`${hydrator.metadata.name} has no column "${property}"`);
    return `${alias}."${metadata.databaseName}"`;
  };
  const terms = Object.entries(order).map(([property, direction]) => `${column(property)} ${direction} NULLS LAST`);
  const ties = hydrator.metadata.primaryColumns.map((primary) => `${alias}."${primary.databaseName}" ASC`);
  return `ORDER BY ${[...terms, ...ties].join(', ')}`;
};

/**
 * One compiled read statement per loader, kind of viewer and set of columns: the SQL text is
 * built once (so it can be a prepared statement), with the keys as `$1` and the viewer's scope
 * parameters after them.
 */
function compiled<T>(
  build: (hydrator: RowHydrator<T>, shape: RowShape<T>, where: string) => string,
  entity: EntityTarget<T>,
) {
  // Statement texts by scope condition, then by row shape.
  const cache = new Map<string, Map<RowShape<T>, string>>();
  let hydrator: RowHydrator<T> | undefined;
  return (manager: EntityManager, viewer: Viewer, selection?: FieldSelection) => {
    hydrator ??= new RowHydrator(manager, entity);
    const table = hydrator.metadata.tableName;
    const condition = readableBy(viewer, table, 'r');
    const { sql, values } = positional(condition, 1);
    const shape = hydrator.shape(selection);
    let byShape = cache.get(sql);
    if (!byShape) {
      byShape = new Map();
      cache.set(sql, byShape);
    }
    let statement = byShape.get(shape);
    if (!statement) {
      statement = build(hydrator, shape, sql);
      byShape.set(shape, statement);
    }
    const text = statement;
    const driver = manager.connection.driver as PostgresDriver;
    return {
      run: (keys: readonly string[]) => preparedQuery<unknown[]>(manager, text, [keys, ...values], 'array'),
      hydrate: (row: unknown[]) => shape.hydrate(row, driver),
      shape,
    };
  };
}

/** `<records>ById`: one record per id, null when there is none. */
export function byId<T extends { id: string }>(entity: EntityTarget<T>): LoaderFactory<string, T | null> {
  const statement = compiled<T>(
    (h, shape, where) =>
      `SELECT ${shape.selectList('r')} FROM "${h.metadata.tableName}" r WHERE r."id" = ANY($1::uuid[]) AND (${where})`,
    entity,
  );
  return (manager, viewer, selection) => {
    const { run, hydrate } = statement(manager, viewer, selection);
    return new DataLoader(async (ids) => {
      const byKey = new Map<string, T>();
      for (const row of await run(ids)) {
        const record = hydrate(row);
        byKey.set(record.id, record);
      }
      return ids.map((id) => byKey.get(id) ?? null);
    });
  };
}

/** `<children>By<Parent>`: the records whose `column` is the key, in `order`. */
export function manyBy<T extends ObjectLiteral>(
  entity: EntityTarget<T>,
  column: keyof T & string,
  order: Order = {},
): LoaderFactory<string, T[]> {
  const statement = compiled<T>((h, shape, where) => {
    const key = h.metadata.findColumnWithPropertyName(column);
    if (!key) throw new Error(`${h.metadata.name} has no column "${column}"`);
    return `SELECT ${shape.selectList('r')} FROM "${h.metadata.tableName}" r WHERE r."${key.databaseName}" = ANY($1::uuid[]) AND (${where}) ${orderBy(h, 'r', order)}`;
  }, entity);
  return (manager, viewer, selection) => {
    const { run, hydrate } = statement(manager, viewer, selection);
    return new DataLoader(async (keys) => {
      const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
      for (const row of await run(keys)) {
        const record = hydrate(row);
        groups.get(record[column])?.push(record);
      }
      return keys.map((key) => groups.get(key) ?? []);
    });
  };
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
  let linkSql: { table: string; key: string; on: string; where: string } | undefined;
  const linkParts = (manager: EntityManager, h: RowHydrator<T>) => {
    if (linkSql) return linkSql;
    const metadata = manager.connection.getMetadata(link.entity);
    const columnOf = (meta: EntityMetadata, alias: string, property: string) => {
      const found = meta.findColumnWithPropertyName(property);
      if (!found) throw new Error(`${meta.name} has no column "${property}"`);
      return `${alias}."${found.databaseName}"`;
    };
    // `on` is written with property names (`l.id = r.postId`), as for TypeORM's query builder.
    const on = link.on
      ? link.on.replace(/\b([lr])\.(\w+)/g, (_m, alias: string, property: string) =>
          columnOf(alias === 'l' ? metadata : h.metadata, alias, property),
        )
      : `${columnOf(metadata, 'l', link.targetColumn as string)} = r."id"`;
    // Link conditions are fixed per loader (an enum value such as the role): written as literals.
    const where = Object.entries(link.where ?? {})
      .map(([property, value]) => `${columnOf(metadata, 'l', property)} = '${String(value).replace(/'/g, "''")}'`)
      .join(' AND ');
    linkSql = { table: metadata.tableName, key: columnOf(metadata, 'l', link.keyColumn), on, where: where || 'TRUE' };
    return linkSql;
  };
  let factory: ReturnType<typeof compiled<T>> | undefined;
  return (manager, viewer, selection) => {
    factory ??= compiled<T>((h, shape, where) => {
      const l = linkParts(manager, h);
      return (
        `SELECT ${shape.selectList('r')}, ${l.key} AS "__link_key" FROM "${h.metadata.tableName}" r JOIN "${l.table}" l ON ${l.on} ` +
        `WHERE ${l.key} = ANY($1::uuid[]) AND ${l.where} AND (${where}) ${orderBy(h, 'r', order)}`
      );
    }, target);
    const { run, hydrate, shape } = factory(manager, viewer, selection);
    const idIndex = shape.idIndex;
    const keyIndex = shape.columns.length;
    return new DataLoader(async (keys) => {
      const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
      const byId = new Map<string, T>();
      for (const row of await run(keys)) {
        let record = byId.get(row[idIndex] as string);
        if (!record) {
          record = hydrate(row);
          byId.set(record.id, record);
        }
        groups.get(row[keyIndex] as string)?.push(record);
      }
      return keys.map((key) => groups.get(key) ?? []);
    });
  };
}

/** A loader over one aggregate statement that returns a row per key in a `key` column. */
export function rowsByKey<R extends { key: string }, V>(
  sql: string,
  toValue: (row: R | undefined) => V,
): LoaderFactory<string, V> {
  return (manager) =>
    new DataLoader(async (keys) => {
      const rows = await preparedQuery<R>(manager, sql, [keys]);
      const byKey = new Map(rows.map((row) => [row.key, row]));
      return keys.map((key) => toValue(byKey.get(key)));
    });
}

/** Loads the record a nullable foreign key points at (null when the key is null). */
export const loadOptional = <T>(
  loaders: Loaders,
  factory: LoaderFactory<string, T | null>,
  id: string | null,
): Promise<T | null> => (id === null ? Promise.resolve(null) : loaders.get(factory).load(id));

const selections = new WeakMap<DocumentNode, FieldSelection>();

/**
 * The fields a document asks for, per GraphQL type (fragments and interfaces included). Apollo
 * keeps one parsed document per query text, so this runs once per distinct query.
 */
export function fieldSelection(schema: GraphQLSchema, document: DocumentNode): FieldSelection {
  let selection = selections.get(document);
  if (selection) return selection;
  const fields = new Map<string, Set<string>>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (!parent) return;
        let names = fields.get(parent.name);
        if (!names) fields.set(parent.name, (names = new Set()));
        names.add(node.name.value);
      },
    }),
  );
  selection = {
    requested(typeName, field) {
      if (fields.get(typeName)?.has(field)) return true;
      const type = schema.getType(typeName);
      // A type the schema does not know by that name: leave nothing out.
      if (!isObjectType(type)) return true;
      return type.getInterfaces().some((contract) => fields.get(contract.name)?.has(field));
    },
  };
  selections.set(document, selection);
  return selection;
}

/**
 * Tells each request's loaders what its operation asks for, before it runs, so they leave out
 * the optional text columns (source notes, descriptions...) it does not ask for: less to read,
 * send and parse. Without this plugin (direct executions in tests) loaders read every column.
 */
export const selectedColumnsPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, schema, contextValue }) {
        contextValue.loaders.useSelection(fieldSelection(schema, document));
      },
    };
  },
};
