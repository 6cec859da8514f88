import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { whereExercise } from '../../common/exercise-filter';
import { eventKind } from './event.kind';
import type { Context } from '../../common/context';
import { whereDateRange, whereId, whereLinked } from '../../common/filters';
import { loadOptional } from '../../common/loaders';
import { createReadResolver } from '../../common/read-resolver';
import { Commitment } from '../commitment/commitment.entity';
import { Exercise } from '../exercise/exercise.entity';
import { exerciseById } from '../exercise/exercise.loaders';
import { Organization } from '../organization/organization.entity';
import { organizationById } from '../organization/organization.loaders';
import { countedOnce } from './series';
import { Municipality } from '../place/municipality.entity';
import { municipalityById, regionById, venueById } from '../place/place.loaders';
import { Region } from '../place/region.entity';
import { Venue } from '../place/venue.entity';
import { Theme } from '../theme/theme.entity';

import { Event } from './event.entity';
import { EventFilter, EventOrderField, EventParticipation } from './event.inputs';
import {
  commitmentsByEvent,
  eventById,
  eventsByCommitment,
  eventsByParent,
  participationsByEvent,
  themesByEvent,
} from './event.loaders';

@Resolver(() => Event)
export class EventResolver extends createReadResolver({
  type: Event,
  name: 'Event',
  single: 'event',
  plural: 'events',
  listDescription: 'Events of the exercises: talks, elections, tables, workshops, meetings, site visits.',
  byId: eventById,
  filter: EventFilter,
  applyFilter: (qb, filter: EventFilter) => {
    whereExercise(qb, filter, eventKind);
    if (filter.kinds?.length) qb.andWhere('r.kind IN (:...kinds)', { kinds: filter.kinds });
    whereLinked(
      qb,
      'event_commitment',
      'l.event_id = r.id',
      'commitment_id',
      filter.commitmentId,
      'filter.commitmentId',
    );
    whereLinked(
      qb,
      'event_organization',
      'l.event_id = r.id',
      'organization_id',
      filter.organizationId,
      'filter.organizationId',
    );
    whereId(qb, 'r.regionId', filter.regionId, 'filter.regionId');
    whereId(qb, 'r.municipalityId', filter.municipalityId, 'filter.municipalityId');
    whereId(qb, 'r.parentId', filter.parentId, 'filter.parentId');
    if (filter.topLevel === true) qb.andWhere('r.parentId IS NULL');
    if (filter.topLevel === false) qb.andWhere('r.parentId IS NOT NULL');
    if (!(filter.includeSeries ?? filter.topLevel === true)) qb.andWhere(countedOnce('r'));
    whereDateRange(qb, 'r.startDate', { from: filter.dateFrom, to: filter.dateTo }, 'filter.date');
  },
  orderFields: EventOrderField,
  orderColumns: { START_DATE: 'r.startDate', TITLE: 'r.title', KIND: 'r.kind' },
  defaultOrder: EventOrderField.START_DATE,
}) {
  @FieldResolver(() => Exercise, { description: 'The exercise.' })
  exercise(@Root() event: Event, @Ctx() ctx: Context) {
    return ctx.loaders.get(exerciseById).load(event.exerciseId);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The series this event is part of.' })
  parent(@Root() event: Event, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, eventById, event.parentId);
  }

  @FieldResolver(() => [Event], { description: 'The parts of this series, in date order.' })
  children(@Root() event: Event, @Ctx() ctx: Context) {
    return ctx.loaders.get(eventsByParent).load(event.id);
  }

  @FieldResolver(() => Municipality, {
    nullable: true,
    description: 'Municipality where it was held (its time zone applies).',
  })
  municipality(@Root() event: Event, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, municipalityById, event.municipalityId);
  }

  @FieldResolver(() => Venue, { nullable: true, description: 'Venue, when the source names it.' })
  venue(@Root() event: Event, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, venueById, event.venueId);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'Region the event served.' })
  region(@Root() event: Event, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, regionById, event.regionId);
  }

  @FieldResolver(() => [EventParticipation], {
    description: 'Organisations that organised, gave, hosted or took part in it.',
  })
  organizations(@Root() event: Event, @Ctx() ctx: Context) {
    return ctx.loaders.get(participationsByEvent).load(event.id);
  }

  @FieldResolver(() => [Theme], { description: 'Themes it dealt with (working tables).' })
  themes(@Root() event: Event, @Ctx() ctx: Context) {
    return ctx.loaders.get(themesByEvent).load(event.id);
  }

  @FieldResolver(() => [Commitment], { description: 'Commitments it worked on.' })
  commitments(@Root() event: Event, @Ctx() ctx: Context) {
    return ctx.loaders.get(commitmentsByEvent).load(event.id);
  }
}

@Resolver(() => EventParticipation)
export class EventParticipationResolver {
  @FieldResolver(() => Organization, { description: 'The organisation.' })
  organization(@Root() participation: EventParticipation, @Ctx() ctx: Context) {
    return ctx.loaders.get(organizationById).load(participation.organizationId);
  }
}

@Resolver(() => Commitment)
export class CommitmentMeetingsResolver {
  @FieldResolver(() => [Event], { description: 'Meetings, working tables and site visits on it, in date order.' })
  meetings(@Root() commitment: Commitment, @Ctx() ctx: Context) {
    return ctx.loaders.get(eventsByCommitment).load(commitment.id);
  }
}
