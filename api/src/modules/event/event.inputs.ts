import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ExerciseSlugField } from '../../common/exercise-filter';
import { DateScalar } from '../../common/scalars';
import { EventKind, EventOrganizationRole } from './event.enums';

@InputType({ description: 'Conditions on events.' })
export class EventFilter {
  @Field(() => ID, { nullable: true, description: 'Only events of this exercise.' })
  exerciseId?: string | null;

  @ExerciseSlugField('events')
  exerciseSlug?: string | null;

  @Field(() => [EventKind], { nullable: true, description: 'Only events of these kinds.' })
  kinds?: EventKind[] | null;

  @Field(() => ID, { nullable: true, description: 'Only events on this commitment (its meetings, tables and visits).' })
  commitmentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only events in this region.' })
  regionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only events held in this municipality.' })
  municipalityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only events where this organisation took part (any role).' })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the parts of this series.' })
  parentId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only events that are not part of a series (series included).',
  })
  topLevel?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether a series whose parts are recorded is listed beside its parts. Default: no (each event counted once, as the report ' +
      'counts them: five talks, not six), except with topLevel: true.',
  })
  includeSeries?: boolean | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Only events on or after this date (a month-precision event counts if its month reaches it).',
  })
  dateFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only events on or before this date.' })
  dateTo?: string | null;
}

export enum EventOrderField {
  START_DATE = 'START_DATE',
  TITLE = 'TITLE',
  KIND = 'KIND',
}
registerEnumType(EventOrderField, {
  name: 'EventOrderField',
  description: 'Fields events can be sorted by.',
  valuesConfig: {
    START_DATE: { description: 'Start date (undated events last).' },
    TITLE: { description: 'Title.' },
    KIND: { description: 'Kind.' },
  },
});

@ObjectType({ description: 'An organisation and the part it played in an event.' })
export class EventParticipation {
  organizationId: string;

  @Field(() => EventOrganizationRole, { description: 'Its part: organiser, instructor, participant or host.' })
  role: EventOrganizationRole;
}
