import { createHash } from 'node:crypto';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * A stable UUID (RFC 4122 version 5 layout, SHA-1 of a name) for a seeded record, so that seeding
 * twice addresses the same rows and ids survive re-seeding on another machine.
 */
export function seedId(name: string): string {
  const hash = createHash('sha1').update(`tablero-abierto:${name}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

const MAX_PARAMETERS = 60_000;

/**
 * Inserts rows, or updates the rows with the same primary key when a value differs; unchanged
 * rows are not touched at all (their `updated_at` stays), which is what makes seeding idempotent.
 * Rows are given by property name; columns come from the entity's metadata.
 */
export async function upsert<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: Partial<T>[],
): Promise<void> {
  if (!rows.length) return;
  const metadata = manager.connection.getMetadata(entity);
  const properties = Object.keys(rows[0]);
  const columns = properties.map((property) => {
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${metadata.name} has no column for "${property}"`);
    return column;
  });
  const primary = metadata.primaryColumns.map((column) => `"${column.databaseName}"`);
  const updatable = columns.filter((column) => !column.isPrimary).map((column) => `"${column.databaseName}"`);
  const touch = metadata.updateDateColumn ? `, "${metadata.updateDateColumn.databaseName}" = now()` : '';
  const onConflict = updatable.length
    ? `ON CONFLICT (${primary.join(', ')}) DO UPDATE SET ${updatable.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}${touch}` +
      ` WHERE (${updatable.map((c) => `t.${c}`).join(', ')}) IS DISTINCT FROM (${updatable.map((c) => `EXCLUDED.${c}`).join(', ')})`
    : 'ON CONFLICT DO NOTHING';

  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const parameters: unknown[] = [];
    const values = chunk.map((row) => {
      const placeholders = properties.map((property, i) => {
        const value = (row as Record<string, unknown>)[property] ?? null;
        // node-postgres sends a JavaScript array as a PostgreSQL array: jsonb wants JSON text.
        parameters.push(value !== null && columns[i].type === 'jsonb' ? JSON.stringify(value) : value);
        return `$${parameters.length}`;
      });
      return `(${placeholders.join(', ')})`;
    });
    await manager.query(
      `INSERT INTO "${metadata.tableName}" AS t (${columns.map((c) => `"${c.databaseName}"`).join(', ')}) VALUES ${values.join(', ')} ${onConflict}`,
      parameters,
    );
  }
}
