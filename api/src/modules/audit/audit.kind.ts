import { defineRecordKind } from '../../common/record-kind';
import { AuditEvent } from './audit-event.entity';

/**
 * The audit trail: never public as rows (public-history.ts shows what of it is public). No change
 * counter: every audit row is written in the transaction of the record it describes, whose
 * table's counter moves anyway.
 */
export const auditEventKind = defineRecordKind({ table: 'audit_event', entity: AuditEvent, reach: 'never' });
