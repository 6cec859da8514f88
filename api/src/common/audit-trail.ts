import { registerEnumType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import type { Viewer } from './viewer';

export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
  RESTORE = 'RESTORE',
}

registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'What a write did to a record.',
  valuesConfig: {
    CREATE: { description: 'Created it.' },
    UPDATE: { description: 'Changed some of its fields (publication included).' },
    DELETE: { description: 'Deleted it (softly: it can be restored).' },
    RESTORE: { description: 'Restored it after a delete.' },
  },
});

/** An audit row's values, in the order of AUDIT_COLUMNS. */
function auditValues(
  viewer: Viewer | null,
  requestId: string | undefined,
  action: AuditAction,
  entity: string,
  recordId: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): unknown[] {
  const staff = viewer?.kind === 'staff' ? viewer : null;
  return [
    staff?.accountId ?? null,
    staff?.role ?? null,
    staff?.organizationId ?? null,
    action,
    entity,
    recordId,
    before && JSON.stringify(before),
    after && JSON.stringify(after),
    requestId ?? null,
  ];
}

const AUDIT_COLUMNS = 'account_id, role, organization_id, action, entity, record_id, before, after, request_id';
const AUDIT_WIDTH = 9;

/** Inserts audit rows in one statement. */
async function insertAudit(manager: EntityManager, rows: unknown[][]): Promise<void> {
  const placeholders = rows.map(
    (_row, r) => `(${Array.from({ length: AUDIT_WIDTH }, (_c, c) => `$${r * AUDIT_WIDTH + c + 1}`).join(', ')})`,
  );
  await manager.query(`INSERT INTO audit_event (${AUDIT_COLUMNS}) VALUES ${placeholders.join(', ')}`, rows.flat());
}

/**
 * Records a successful write in the same transaction as the write itself (`manager` is the
 * transaction's): if the write rolls back, so does its audit row.
 */
export async function writeAudit(
  manager: EntityManager,
  viewer: Viewer | null,
  requestId: string | undefined,
  action: AuditAction,
  entity: string,
  recordId: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Promise<void> {
  await insertAudit(manager, [auditValues(viewer, requestId, action, entity, recordId, before, after)]);
}

/** Audit rows per statement when a batch is written (9 parameters each, under PostgreSQL's 65,535). */
const AUDIT_ROWS_PER_STATEMENT = 1000;

/**
 * The audit rows of many writes in one transaction (an import's thousands), held and written
 * together before it commits (`flush`, in that transaction): the same rows writeAudit would write,
 * in the same order, a statement per thousand instead of one each.
 */
export class AuditBatch {
  private rows: unknown[][] = [];

  add(...row: Parameters<typeof auditValues>): void {
    this.rows.push(auditValues(...row));
  }

  async flush(manager: EntityManager): Promise<void> {
    for (let i = 0; i < this.rows.length; i += AUDIT_ROWS_PER_STATEMENT)
      await insertAudit(manager, this.rows.slice(i, i + AUDIT_ROWS_PER_STATEMENT));
    this.rows = [];
  }
}
