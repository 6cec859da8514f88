import { JSONResolver } from 'graphql-scalars';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { StaffRole } from '../../common/viewer';
import { AuditAction } from '../../common/audit-trail';

@ObjectType({ description: 'One field a write changed.' })
export class FieldChange {
  @Field({ description: 'Field name, as in the API.' })
  field: string;

  @Field(() => JSONResolver, { nullable: true, description: 'Value before (null when created).' })
  before: unknown;

  @Field(() => JSONResolver, { nullable: true, description: 'Value after (null when deleted).' })
  after: unknown;
}

@ObjectType({
  description:
    'A change to a published record, as anyone may see it: what changed, when, and which organisation changed it.',
})
export class PublicChange {
  organizationId: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When.' })
  at: Date;

  @Field(() => AuditAction, { description: 'What the write did.' })
  action: AuditAction;

  @Field({ description: 'Kind of record, e.g. "Milestone".' })
  entity: string;

  @Field(() => ID, { description: 'The record.' })
  recordId: string;

  @Field(() => [FieldChange], { description: 'The fields that changed.' })
  changes: FieldChange[];
}

@ObjectType({
  description:
    'A write as the audit trail keeps it, for the institute and the evaluator: who (account and role), when, and the record before and after.',
})
export class AuditEntry extends PublicChange {
  accountId: string | null;

  @Field(() => ID, { description: 'Sequence number of the entry.' })
  id: string;

  @Field(() => StaffRole, { nullable: true, description: 'Role of the account that wrote.' })
  role: StaffRole | null;

  @Field(() => JSONResolver, { nullable: true, description: 'The record before the write.' })
  before: Record<string, unknown> | null;

  @Field(() => JSONResolver, { nullable: true, description: 'The record after the write.' })
  after: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: 'Request id, as in the server logs.' })
  requestId: string | null;
}
