import { MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, Resolver } from 'type-graphql';
import { RecordInput } from '../../common/record-input';
import { LONG_TEXT, SHORT_TEXT } from '../../common/field-limits';
import { PartialDateScalar } from '../../common/scalars';
import { createWriteResolver } from '../../common/write-resolver';
import { Session } from './session.entity';
import { SessionType } from './session.enums';

@InputType({ description: 'A session of a Secretariat. Its number is unique within the Secretariat and type.' })
export class SessionInput extends RecordInput {
  @Field(() => ID, { nullable: true, description: 'The Secretariat (required on create).' })
  secretariatId?: string;

  @Field(() => SessionType, { nullable: true, description: 'Ordinary or extraordinary (required on create).' })
  type?: SessionType;

  @Field(() => Int, { nullable: true, description: 'Number within the Secretariat and type (required on create).' })
  @Min(1)
  number?: number;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Date (required on create).' })
  date?: string;

  @Field(() => ID, { nullable: true, description: 'Municipality (city).' })
  municipalityId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True when the municipality is inferred, not stated by the source (the source note says from what).',
  })
  municipalityInferred?: boolean;

  @Field(() => ID, { nullable: true, description: 'Venue.' })
  venueId?: string | null;

  @Field(() => String, { nullable: true, description: 'What it dealt with.' })
  @MaxLength(LONG_TEXT)
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'Who called it.' })
  @MaxLength(SHORT_TEXT)
  convenedBy?: string | null;
}

@Resolver(() => Session)
export class SessionWriteResolver extends createWriteResolver(
  { entity: Session, name: 'Session', required: ['secretariatId', 'type', 'number', 'date'] },
  SessionInput,
  { create: 'createSession', update: 'updateSession', delete: 'deleteSession', restore: 'restoreSession' },
) {}
