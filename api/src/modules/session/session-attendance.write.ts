import { MaxLength } from 'class-validator';
import { Field, ID, InputType, Resolver } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { badInput } from '../../common/errors';
import { RecordInput } from '../../common/record-input';
import { SHORT_TEXT } from '../../common/field-limits';
import { createWriteResolver } from '../../common/write-resolver';
import { SessionAttendance } from './session-attendance.entity';

@InputType({
  description: 'An attendee of a session: at least one of a seat, an organisation, a person or a description.',
})
export class SessionAttendanceInput extends RecordInput {
  @Field(() => ID, { nullable: true, description: 'The session (required on create).' })
  sessionId?: string;

  @Field(() => ID, { nullable: true, description: "A seat of the session's Secretariat that was present." })
  postId?: string | null;

  @Field(() => ID, { nullable: true, description: 'An organisation that attended.' })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A person who attended.' })
  personId?: string | null;

  @Field(() => String, { nullable: true, description: "Who attended, in the source's words, when it names a group." })
  @MaxLength(SHORT_TEXT)
  description?: string | null;
}

/** A seat present at a session must be a seat of that session's Secretariat; and an attendance names someone. */
async function checkAttendance(row: Record<string, unknown>, manager: EntityManager): Promise<void> {
  if (
    !row.postId &&
    !row.organizationId &&
    !row.personId &&
    !(typeof row.description === 'string' && row.description.trim())
  ) {
    throw badInput(
      'input.postId',
      'or organizationId, personId or description is required: an attendance names who attended',
    );
  }
  if (!row.postId) return;
  const [match] = await manager.query(
    'SELECT 1 FROM post p JOIN session s ON s.secretariat_id = p.secretariat_id WHERE p.id = $1 AND s.id = $2',
    [row.postId, row.sessionId],
  );
  if (!match) throw badInput('input.postId', "is not a seat of the session's Secretariat");
}

@Resolver(() => SessionAttendance)
export class SessionAttendanceWriteResolver extends createWriteResolver(
  { entity: SessionAttendance, name: 'SessionAttendance', required: ['sessionId'], check: checkAttendance },
  SessionAttendanceInput,
  {
    create: 'createSessionAttendance',
    update: 'updateSessionAttendance',
    delete: 'deleteSessionAttendance',
    restore: 'restoreSessionAttendance',
  },
) {}
