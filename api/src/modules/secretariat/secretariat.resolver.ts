import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { whereExercise } from '../../common/exercise-filter';
import { secretariatKind } from './secretariat.kind';
import type { Context } from '../../common/context';
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
import { HELD_ON_SQL, heldOn } from './membership-dates';
import { Membership } from './membership.entity';
import { Post } from './post.entity';
import { Secretariat } from './secretariat.entity';
import {
  MembershipFilter,
  MembershipOrderField,
  PostFilter,
  PostOrderField,
  SecretariatFilter,
  SecretariatOrderField,
} from './secretariat.inputs';
import {
  membershipById,
  membershipsByPerson,
  membershipsByPost,
  membershipsBySecretariat,
  postById,
  postsBySecretariat,
  secretariatById,
} from './secretariat.loaders';
import { secretariatsByExercise } from './secretariat.loaders';

@Resolver(() => Secretariat)
export class SecretariatResolver extends createReadResolver({
  type: Secretariat,
  name: 'Secretariat',
  single: 'secretariat',
  plural: 'secretariats',
  listDescription: 'Technical Secretariats of the exercises.',
  byId: secretariatById,
  filter: SecretariatFilter,
  applyFilter: (qb, filter: SecretariatFilter) => whereExercise(qb, filter, secretariatKind),
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

  @FieldResolver(() => [Membership], {
    description: 'Every membership of every seat: the membership timeline, oldest first.',
  })
  memberships(@Root() secretariat: Secretariat, @Ctx() ctx: Context) {
    return ctx.loaders.get(membershipsBySecretariat).load(secretariat.id);
  }

  @FieldResolver(() => [Membership], {
    description: 'Who held each seat on a date (the first day, for a month or year).',
  })
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
      qb.andWhere('r.postId IN (SELECT p.id FROM post p WHERE p.secretariat_id = :secretariatId)', {
        secretariatId: assertUuid(filter.secretariatId, 'filter.secretariatId'),
      });
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

  @FieldResolver(() => Person, {
    nullable: true,
    description: 'Who held it; null when the source names only the body that holds the seat.',
  })
  person(@Root() membership: Membership, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, personById, membership.personId);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The organisation the holder sat for (the sector body).',
  })
  onBehalfOf(@Root() membership: Membership, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, organizationById, membership.onBehalfOfId);
  }
}

@Resolver(() => Exercise)
export class ExerciseSecretariatResolver {
  @FieldResolver(() => Secretariat, {
    nullable: true,
    description: 'The Technical Secretariat that runs the exercise.',
  })
  async secretariat(@Root() exercise: Exercise, @Ctx() ctx: Context) {
    const [secretariat] = await ctx.loaders.get(secretariatsByExercise).load(exercise.id);
    return secretariat ?? null;
  }
}

@Resolver(() => Person)
export class PersonMembershipsResolver {
  @FieldResolver(() => [Membership], { description: 'Seats this person held, oldest first.' })
  memberships(@Root() person: Person, @Ctx() ctx: Context) {
    return ctx.loaders.get(membershipsByPerson).load(person.id);
  }
}
