import { MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, Resolver } from 'type-graphql';
import { badInput, InputProblem } from '../../common/errors';
import { RecordInput } from '../../common/record-input';
import { LONG_TEXT, SHORT_TEXT } from '../../common/field-limits';
import type { LinkSet } from '../../common/record-writer';
import { PartialDateScalar } from '../../common/scalars';
import { createWriteResolver } from '../../common/write-resolver';
import { Event } from './event.entity';
import { CountQualifier, EventKind, EventOrganizationRole } from './event.enums';

@InputType({ description: 'An event of an exercise; a meeting on commitments names them in commitmentIds.' })
export class EventInput extends RecordInput {
  @Field(() => ID, { nullable: true, description: 'The exercise (required on create).' })
  exerciseId?: string;

  @Field(() => ID, { nullable: true, description: 'The series it is part of.' })
  parentId?: string | null;

  @Field(() => EventKind, { nullable: true, description: 'Kind (required on create).' })
  kind?: EventKind;

  @Field({ nullable: true, description: 'Title (required on create).' })
  @MaxLength(SHORT_TEXT)
  title?: string;

  @Field(() => String, { nullable: true, description: 'What happened.' })
  @MaxLength(LONG_TEXT)
  description?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'First day.' })
  startDate?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True when startDate is inferred, not stated by the source (the source note says from what).',
  })
  startDateInferred?: boolean;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Last day, for several days.' })
  endDate?: string | null;

  @Field(() => ID, { nullable: true, description: 'Municipality.' })
  municipalityId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True when the municipality is inferred, not stated by the source (the source note says from what).',
  })
  municipalityInferred?: boolean;

  @Field(() => ID, { nullable: true, description: 'Venue.' })
  venueId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Region.' })
  regionId?: string | null;

  @Field(() => Int, { nullable: true, description: 'People who attended (give attendeeCountQualifier with it).' })
  @Min(0)
  attendeeCount?: number | null;

  @Field(() => CountQualifier, { nullable: true, description: 'Whether attendeeCount is exact or a lower bound.' })
  attendeeCountQualifier?: CountQualifier | null;

  @Field(() => String, { nullable: true, description: 'Who attended, in words.' })
  @MaxLength(LONG_TEXT)
  attendanceNote?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Commitments it worked on (replaces the list).' })
  commitmentIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Themes it dealt with (replaces the list).' })
  themeIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Organisations that organised it (replaces the list).' })
  organizerIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Organisations that gave it (replaces the list).' })
  instructorIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Organisations that took part (replaces the list).' })
  participantIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Organisations that lent the venue (replaces the list).' })
  hostIds?: string[];
}

const byRole = (field: string, role: EventOrganizationRole): LinkSet => ({
  field,
  table: 'event_organization',
  ownerColumn: 'event_id',
  targetColumn: 'organization_id',
  fixed: { role },
});

@Resolver(() => Event)
export class EventWriteResolver extends createWriteResolver(
  {
    entity: Event,
    name: 'Event',
    required: ['exerciseId', 'kind', 'title'],
    intervals: [['startDate', 'endDate']],
    links: [
      { field: 'commitmentIds', table: 'event_commitment', ownerColumn: 'event_id', targetColumn: 'commitment_id' },
      { field: 'themeIds', table: 'event_theme', ownerColumn: 'event_id', targetColumn: 'theme_id' },
      byRole('organizerIds', EventOrganizationRole.ORGANIZER),
      byRole('instructorIds', EventOrganizationRole.INSTRUCTOR),
      byRole('participantIds', EventOrganizationRole.PARTICIPANT),
      byRole('hostIds', EventOrganizationRole.HOST),
    ],
    async check(row) {
      if ((row.attendeeCount == null) !== (row.attendeeCountQualifier == null))
        throw badInput(
          'input.attendeeCountQualifier',
          'goes with attendeeCount: give both or neither',
          InputProblem.QUALIFIER_PAIR,
        );
    },
  },
  EventInput,
  { create: 'createEvent', update: 'updateEvent', delete: 'deleteEvent', restore: 'restoreEvent' },
) {}
