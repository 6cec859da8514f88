import type { EntityManager, EntityMetadata } from 'typeorm';
import { kindOfTable } from '../../common/record-kind';

/** The columns that name a record by themselves, in order of preference. */
const NAMING_COLUMNS = ['name', 'title', 'label', 'subject', 'description', 'text'];

/**
 * SQL naming a row of `metadata` (aliased `a`) for people, as text: what its kind declares
 * (record-kind.ts `label`), else its first naming column; null for a kind with neither.
 */
export function labelSql(metadata: EntityMetadata, a: string): string | null {
  const declared = kindOfTable(metadata.tableName).label;
  if (declared) return `(${declared(a)})::text`;
  const column = NAMING_COLUMNS.find((name) => metadata.findColumnWithDatabaseName(name));
  return column ? `${a}.${column}::text` : null;
}

/** The kinds of record people can be shown (not accounts, sessions or the audit trail itself): one `id` primary key each. */
export const shownKinds = (manager: EntityManager): EntityMetadata[] =>
  manager.connection.entityMetadatas.filter(
    (m) =>
      m.primaryColumns.length === 1 &&
      m.primaryColumns[0].propertyName === 'id' &&
      !kindOfTable(m.tableName).reach.never,
  );

/** The kind of record an id names, looked up in the tables themselves (seeded records have no audit rows); null when none. */
export async function kindOf(manager: EntityManager, id: string): Promise<EntityMetadata | null> {
  const kinds = shownKinds(manager);
  const [found]: { entity: string }[] = await manager.query(
    `${kinds.map((m) => `SELECT '${m.name}' AS entity FROM ${m.tableName} WHERE id = $1`).join(' UNION ALL ')} LIMIT 1`,
    [id],
  );
  return found ? (kinds.find((m) => m.name === found.entity) ?? null) : null;
}
