import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { StaffRole } from '../../common/viewer';
import { AuditAction } from '../../common/audit-trail';

/**
 * One row per successful write, stored in the write's own transaction: who (account, role and
 * organisation), when, which record, and its fields before and after. Append-only: a trigger
 * refuses UPDATE, DELETE and TRUNCATE, and the application role has no such privilege.
 */
@Entity()
@Index(['recordId', 'at'])
export class AuditEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Column('uuid', { nullable: true })
  accountId: string | null;

  @Column({ type: 'enum', enum: StaffRole, enumName: 'staff_role', nullable: true })
  role: StaffRole | null;

  @Column('uuid', { nullable: true })
  organizationId: string | null;

  @Column({ type: 'enum', enum: AuditAction, enumName: 'audit_action' })
  action: AuditAction;

  @Index()
  @Column('text')
  entity: string;

  @Column('uuid')
  recordId: string;

  @Column('jsonb', { nullable: true })
  before: Record<string, unknown> | null;

  @Column('jsonb', { nullable: true })
  after: Record<string, unknown> | null;

  @Column('text', { nullable: true })
  requestId: string | null;
}
