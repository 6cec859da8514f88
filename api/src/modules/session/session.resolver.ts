import { Arg, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { whereExercise } from '../../common/exercise-filter';
import { sessionKind } from './session.kind';
import type { Context } from '../../common/context';
import { whereDateRange, whereEquals, whereId } from '../../common/filters';
import { assertUuid } from '../../common/ids';
import { loadOptional } from '../../common/loaders';
import { createReadResolver } from '../../common/read-resolver';
import { Municipality } from '../place/municipality.entity';
import { municipalityById, venueById } from '../place/place.loaders';
import { Venue } from '../place/venue.entity';
import { heldOn } from '../secretariat/membership-dates';
import { Membership } from '../secretariat/membership.entity';
import { Secretariat } from '../secretariat/secretariat.entity';
import { membershipsByPost, membershipsBySecretariat, secretariatById } from '../secretariat/secretariat.loaders';
import { Session } from './session.entity';
import { SessionFilter, SessionOrderField } from './session.inputs';
import { SessionAttendance } from './session-attendance.entity';
import { attendanceBySession, sessionById, sessionsBySecretariat } from './session.loaders';
import { badInput, notFound } from '../../common/errors';
import { partialDateStart } from '../../common/partial-date';
import { PartialDateScalar } from '../../common/scalars';
import { Post } from '../secretariat/post.entity';

@Resolver(() => Session)
export class SessionResolver extends createReadResolver({
  type: Session,
  name: 'Session',
  single: 'session',
  plural: 'sessions',
  listDescription: 'Sessions of the secretariats.',
  byId: sessionById,
  filter: SessionFilter,
  applyFilter: (qb, filter: SessionFilter) => {
    whereExercise(qb, filter, sessionKind);
    whereId(qb, 'r.secretariatId', filter.secretariatId, 'filter.secretariatId');
    whereEquals(qb, 'r.type', filter.type, 'filter.type');
    whereId(qb, 'r.municipalityId', filter.municipalityId, 'filter.municipalityId');
    if (filter.regionId != null) {
      qb.andWhere('r.municipalityId IN (SELECT m.id FROM municipality m WHERE m.region_id = :regionId)', {
        regionId: assertUuid(filter.regionId, 'filter.regionId'),
      });
    }
    whereDateRange(qb, 'r.date', { from: filter.dateFrom, to: filter.dateTo }, 'filter.date');
  },
  orderFields: SessionOrderField,
  orderColumns: { DATE: 'r.date', NUMBER: 'r.number' },
  defaultOrder: SessionOrderField.DATE,
}) {
  @FieldResolver(() => Secretariat, { description: 'The secretariat that met.' })
  secretariat(@Root() session: Session, @Ctx() ctx: Context) {
    return ctx.loaders.get(secretariatById).load(session.secretariatId);
  }

  @FieldResolver(() => Municipality, { nullable: true, description: 'City (municipality) where it was held.' })
  municipality(@Root() session: Session, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, municipalityById, session.municipalityId);
  }

  @FieldResolver(() => Venue, { nullable: true, description: 'Venue, when the source names it.' })
  venue(@Root() session: Session, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, venueById, session.venueId);
  }

  @FieldResolver(() => [SessionAttendance], {
    description:
      'Who attended, as precisely as the source says (seats, organisations, people or groups); empty when the source does not say.',
  })
  attendance(@Root() session: Session, @Ctx() ctx: Context) {
    return ctx.loaders.get(attendanceBySession).load(session.id);
  }

  @FieldResolver(() => [Membership], { description: 'Who held each seat on the day of the session.' })
  async seatHolders(@Root() session: Session, @Ctx() ctx: Context) {
    const memberships = await ctx.loaders.get(membershipsBySecretariat).load(session.secretariatId);
    return memberships.filter((membership) => heldOn(membership, session.date));
  }
}

@Resolver(() => Secretariat)
export class SecretariatSessionsResolver {
  @FieldResolver(() => [Session], { description: 'Its sessions, in date order.' })
  sessions(@Root() secretariat: Secretariat, @Ctx() ctx: Context) {
    return ctx.loaders.get(sessionsBySecretariat).load(secretariat.id);
  }
}

@Resolver(() => Post)
export class PostHolderResolver {
  @FieldResolver(() => Membership, {
    nullable: true,
    description:
      'Who held the seat on a date or at a session (give exactly one); null when nobody is known to have held it then.',
  })
  async holder(
    @Root() post: Post,
    @Arg('on', () => PartialDateScalar, { nullable: true, description: 'A date (the first day, for a month or year).' })
    on: string | null,
    @Arg('atSessionId', () => ID, { nullable: true, description: 'A session of the same secretariat.' })
    atSessionId: string | null,
    @Ctx() ctx: Context,
  ) {
    if ((on == null) === (atSessionId == null)) throw badInput('on', 'or atSessionId: give exactly one');
    let date = on;
    if (atSessionId != null) {
      const session = await ctx.loaders.get(sessionById).load(assertUuid(atSessionId, 'atSessionId'));
      if (!session) throw notFound('Session', atSessionId, 'atSessionId');
      if (session.secretariatId !== post.secretariatId)
        throw badInput('atSessionId', "is a session of another secretariat than the seat's");
      date = session.date;
    }
    const memberships = await ctx.loaders.get(membershipsByPost).load(post.id);
    return memberships.find((membership) => heldOn(membership, partialDateStart(date as string))) ?? null;
  }
}
