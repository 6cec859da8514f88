import { Arg, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { whereExercise } from '../../common/exercise-filter';
import type { Context } from '../../common/context';
import { badInput, notFound } from '../../common/errors';
import { whereEquals, whereId } from '../../common/filters';
import { assertUuid } from '../../common/ids';
import { loadOptional } from '../../common/loaders';
import { partialDateStart } from '../../common/partial-date';
import { createReadResolver } from '../../common/read-resolver';
import { PartialDateScalar } from '../../common/scalars';
import { Exercise } from '../exercise/exercise.entity';
import { exerciseById } from '../exercise/exercise.loaders';
import { Organization } from '../organization/organization.entity';
import { organizationById, personById } from '../organization/organization.loaders';
import { Person } from '../organization/person.entity';
import { regionById } from '../place/place.loaders';
import { Region } from '../place/region.entity';
import { Session } from '../session/session.entity';
import { sessionById, sessionsBySecretariat } from '../session/session.loaders';
import { HELD_ON_SQL, heldOn } from './membership-dates';
import { Membership } from './membership.entity';
import { Post } from './post.entity';
import { Secretariat } from './secretariat.entity';
import { MembershipFilter, MembershipOrderField, PostFilter, PostOrderField, SecretariatFilter, SecretariatOrderField } from './secretariat.inputs';
import { membershipById, membershipsByPost, membershipsBySecretariat, postById, postsBySecretariat, secretariatById } from './secretariat.loaders';

@Resolver(() => Secretariat)
export class SecretariatResolver extends createReadResolver({
  type: Secretariat,
  name: 'Secretariat',
  single: 'secretariat',
  plural: 'secretariats',
  listDescription: 'Technical Secretariats of the exercises.',
  byId: secretariatById,
  filter: SecretariatFilter,
  applyFilter: (qb, filter: SecretariatFilter) => whereExercise(qb, filter, (exercise) => `r.exerciseId = ${exercise}`),
  orderFields: SecretariatOrderField,
  orderColumns: { INSTALLED_ON: 'r.installedOn', NAME: 'r.name' },
  defaultOrder: SecretariatOrderField.INSTALLED_ON,
}) {
  @FieldResolver(() => Exercise, { description: 'The exercise the Secretariat runs.' })
  exercise(@Root() secretariat: Secretariat, @Ctx() ctx: Context) {
    return ctx.loaders.get(exerciseById).load(secretariat.exerciseId);
  }

  @FieldResolver(() => [Post], { description: 'Its seats, filled or not.' })
  posts(@Root() secretariat: Secretariat, @Ctx() ctx: Context) {
    return ctx.loaders.get(postsBySecretariat).load(secretariat.id);
  }

  @FieldResolver(() => [Session], { description: 'Its sessions, in date order.' })
  sessions(@Root() secretariat: Secretariat, @Ctx() ctx: Context) {
    return ctx.loaders.get(sessionsBySecretariat).load(secretariat.id);
  }

  @FieldResolver(() => [Membership], { description: 'Every membership of every seat: the membership timeline, oldest first.' })
  memberships(@Root() secretariat: Secretariat, @Ctx() ctx: Context) {
    return ctx.loaders.get(membershipsBySecretariat).load(secretariat.id);
  }

  @FieldResolver(() => [Membership], { description: 'Who held each seat on a date (the first day, for a month or year).' })
  async membersOn(
    @Root() secretariat: Secretariat,
    @Arg('date', () => PartialDateScalar, { description: 'The date.' }) date: string,
    @Ctx() ctx: Context,
  ) {
    const memberships = await ctx.loaders.get(membershipsBySecretariat).load(secretariat.id);
    return memberships.filter((membership) => heldOn(membership, date));
  }
}

@Resolver(() => Post)
export class PostResolver extends createReadResolver({
  type: Post,
  name: 'Post',
  single: 'post',
  plural: 'posts',
  listDescription: 'Seats of the secretariats.',
  byId: postById,
  filter: PostFilter,
  applyFilter: (qb, filter: PostFilter) => {
    whereId(qb, 'r.secretariatId', filter.secretariatId, 'filter.secretariatId');
    whereEquals(qb, 'r.role', filter.role, 'filter.role');
    whereEquals(qb, 'r.sector', filter.sector, 'filter.sector');
    whereId(qb, 'r.regionId', filter.regionId, 'filter.regionId');
  },
  orderFields: PostOrderField,
  orderColumns: { LABEL: 'r.label', ROLE: 'r.role' },
  defaultOrder: PostOrderField.ROLE,
}) {
  @FieldResolver(() => Secretariat, { description: 'The secretariat the seat belongs to.' })
  secretariat(@Root() post: Post, @Ctx() ctx: Context) {
    return ctx.loaders.get(secretariatById).load(post.secretariatId);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'For a regional liaison, the region.' })
  region(@Root() post: Post, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, regionById, post.regionId);
  }

  @FieldResolver(() => [Membership], { description: 'Everyone who held the seat, oldest first.' })
  memberships(@Root() post: Post, @Ctx() ctx: Context) {
    return ctx.loaders.get(membershipsByPost).load(post.id);
  }

  @FieldResolver(() => Membership, {
    nullable: true,
    description: 'Who held the seat on a date or at a session (give exactly one); null when nobody is known to have held it then.',
  })
  async holder(
    @Root() post: Post,
    @Arg('on', () => PartialDateScalar, { nullable: true, description: 'A date (the first day, for a month or year).' }) on: string | null,
    @Arg('atSessionId', () => ID, { nullable: true, description: 'A session of the same secretariat.' }) atSessionId: string | null,
    @Ctx() ctx: Context,
  ) {
    if ((on == null) === (atSessionId == null)) throw badInput('on', 'or atSessionId: give exactly one');
    let date = on;
    if (atSessionId != null) {
      const session = await ctx.loaders.get(sessionById).load(assertUuid(atSessionId, 'atSessionId'));
      if (!session) throw notFound('Session', atSessionId, 'atSessionId');
      if (session.secretariatId !== post.secretariatId) throw badInput('atSessionId', "is a session of another secretariat than the seat's");
      date = session.date;
    }
    const memberships = await ctx.loaders.get(membershipsByPost).load(post.id);
    return memberships.find((membership) => heldOn(membership, partialDateStart(date as string))) ?? null;
  }
}

@Resolver(() => Membership)
export class MembershipResolver extends createReadResolver({
  type: Membership,
  name: 'Membership',
  single: 'membership',
  plural: 'memberships',
  listDescription: 'Who held which seat, when (Popolo memberships).',
  byId: membershipById,
  filter: MembershipFilter,
  applyFilter: (qb, filter: MembershipFilter) => {
    whereId(qb, 'r.postId', filter.postId, 'filter.postId');
    whereId(qb, 'r.personId', filter.personId, 'filter.personId');
    whereId(qb, 'r.onBehalfOfId', filter.onBehalfOfId, 'filter.onBehalfOfId');
    if (filter.secretariatId != null) {
      qb.andWhere('r.postId IN (SELECT p.id FROM post p WHERE p.secretariat_id = :secretariatId)', { secretariatId: assertUuid(filter.secretariatId, 'filter.secretariatId') });
    }
    if (filter.heldOn != null) {
      qb.andWhere(HELD_ON_SQL('r', ':heldOn'), { heldOn: partialDateStart(filter.heldOn) });
    }
  },
  orderFields: MembershipOrderField,
  orderColumns: { START_DATE: 'r.startDate' },
  defaultOrder: MembershipOrderField.START_DATE,
}) {
  @FieldResolver(() => Post, { description: 'The seat.' })
  post(@Root() membership: Membership, @Ctx() ctx: Context) {
    return ctx.loaders.get(postById).load(membership.postId);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who held it; null when the source names only the body that holds the seat.' })
  person(@Root() membership: Membership, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, personById, membership.personId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation the holder sat for (the sector body).' })
  onBehalfOf(@Root() membership: Membership, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, organizationById, membership.onBehalfOfId);
  }
}
