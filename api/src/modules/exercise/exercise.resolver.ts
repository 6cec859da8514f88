import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { notFound } from '../../common/errors';
import { loadOptional, visibleTo } from '../../common/loaders';
import { createReadResolver } from '../../common/read-resolver';
import { Organization } from '../organization/organization.entity';
import { organizationById } from '../organization/organization.loaders';
import { stateById } from '../place/place.loaders';
import { State } from '../place/state.entity';
import { Exercise } from './exercise.entity';
import { applyExerciseFilter, isReal, unaskedLeftOut } from './exercise.filter';
import { ExerciseFilter, ExerciseOrderField } from './exercise.inputs';
import { exerciseById, exercisesByState } from './exercise.loaders';

@Resolver(() => Exercise)
export class ExerciseResolver extends createReadResolver({
  type: Exercise,
  name: 'Exercise',
  single: 'exercise',
  plural: 'exercises',
  listDescription:
    "States' local Open Government exercises: for the public, real ones only unless filter.isSynthetic or filter.isDemo asks for the others.",
  byId: exerciseById,
  filter: ExerciseFilter,
  applyFilter: applyExerciseFilter,
  // The public's list holds real exercises unless it asks for synthetic or demonstration ones; staff see every one they may.
  scope: (qb, filter, viewer) => {
    if (viewer.kind === 'public') qb.andWhere(unaskedLeftOut('r', filter));
  },
  orderFields: ExerciseOrderField,
  orderColumns: { START_DATE: 'r.startDate', TITLE: 'r.title' },
  defaultOrder: ExerciseOrderField.START_DATE,
}) {
  @Query(() => Exercise, {
    description: 'An exercise by its slug, e.g. "coahuila-2015-2017"; NOT_FOUND when there is none.',
  })
  async exerciseBySlug(
    @Arg('slug', { description: 'The exercise slug.' }) slug: string,
    @Ctx() ctx: Context,
  ): Promise<Exercise> {
    const exercise = await visibleTo(
      ctx.manager.createQueryBuilder(Exercise, 'r').where('r.slug = :slug', { slug }),
      'r',
      ctx.viewer,
    ).getOne();
    if (!exercise) throw notFound('Exercise', slug, 'slug');
    return exercise;
  }

  @FieldResolver(() => State, { description: 'The state whose exercise this is.' })
  state(@Root() exercise: Exercise, @Ctx() ctx: Context) {
    return ctx.loaders.get(stateById).load(exercise.stateId);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The state transparency guarantor body of the exercise (ICAI for Coahuila 2015-2017).',
  })
  guarantor(@Root() exercise: Exercise, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, organizationById, exercise.guarantorId);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description:
      "The body representing the local authority in the Secretariat, when one body does; null where several share the sector (a municipality and the state, or several powers): see the Secretariat's posts.",
  })
  localAuthority(@Root() exercise: Exercise, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, organizationById, exercise.localAuthorityId);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The national evaluator of the exercise (INAI for 2015-2017).',
  })
  evaluator(@Root() exercise: Exercise, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, organizationById, exercise.evaluatorId);
  }
}

@Resolver(() => State)
export class StateExercisesResolver {
  @FieldResolver(() => [Exercise], {
    description:
      "The state's Open Government exercises, oldest first: for the public, real ones only (demonstration and synthetic ones through exercises(filter:)).",
  })
  async exercises(@Root() state: State, @Ctx() ctx: Context) {
    const exercises = await ctx.loaders.get(exercisesByState).load(state.id);
    return ctx.viewer.kind === 'public' ? exercises.filter(isReal) : exercises;
  }
}
