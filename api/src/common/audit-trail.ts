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
  const staff = viewer?.kind === 'staff' ? viewer : null;
  await manager.query(
    `INSERT INTO audit_event (account_id, role, organization_id, action, entity, record_id, before, after, request_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      staff?.accountId ?? null,
      staff?.role ?? null,
      staff?.organizationId ?? null,
      action,
      entity,
      recordId,
      before && JSON.stringify(before),
      after && JSON.stringify(after),
      requestId ?? null,
    ],
  );
}
