import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { notFound } from '../../common/errors';
import { loadOptional, visibleTo } from '../../common/loaders';
import { createReadResolver } from '../../common/read-resolver';
import { Recommendation } from '../evaluation/recommendation.entity';
import { recommendationsByExercise } from '../evaluation/evaluation.loaders';
import { pagesByExercise } from '../information/information.loaders';
import { PagesDelivered } from '../information/information.types';
import { Organization } from '../organization/organization.entity';
import { organizationById } from '../organization/organization.loaders';
import { stateById } from '../place/place.loaders';
import { State } from '../place/state.entity';
import { ActionPlan } from '../plan/action-plan.entity';
import { actionPlansByExercise } from '../plan/plan.loaders';
import { Secretariat } from '../secretariat/secretariat.entity';
import { secretariatsByExercise } from '../secretariat/secretariat.loaders';
import { Theme } from '../theme/theme.entity';
import { themesByExercise } from '../theme/theme.loaders';
import { Exercise } from './exercise.entity';
import { applyExerciseFilter, unaskedLeftOut } from './exercise.filter';
import { ExerciseFilter, ExerciseOrderField } from './exercise.inputs';
import { exerciseById, statisticsByExercise } from './exercise.loaders';
import { ExerciseStatistics } from './exercise.types';

@Resolver(() => Exercise)
export class ExerciseResolver extends createReadResolver({
  type: Exercise,
  name: 'Exercise',
  single: 'exercise',
  plural: 'exercises',
  listDescription: "States' local Open Government exercises: for the public, real ones only unless filter.isSynthetic or filter.isDemo asks for the others.",
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
  @Query(() => Exercise, { description: 'An exercise by its slug, e.g. "coahuila-2015-2017"; NOT_FOUND when there is none.' })
  async exerciseBySlug(@Arg('slug', { description: 'The exercise slug.' }) slug: string, @Ctx() ctx: Context): Promise<Exercise> {
    const exercise = await visibleTo(ctx.manager.createQueryBuilder(Exercise, 'r').where('r.slug = :slug', { slug }), 'r', ctx.viewer).getOne();
    if (!exercise) throw notFound('Exercise', slug, 'slug');
    return exercise;
  }

  @FieldResolver(() => State, { description: 'The state whose exercise this is.' })
  state(@Root() exercise: Exercise, @Ctx() ctx: Context) {
    return ctx.loaders.get(stateById).load(exercise.stateId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The state transparency guarantor body of the exercise (ICAI for Coahuila 2015-2017).' })
  guarantor(@Root() exercise: Exercise, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, organizationById, exercise.guarantorId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: "The body representing the local authority in the Secretariat, when one body does; null where several share the sector (a municipality and the state, or several powers): see the Secretariat's posts." })
  localAuthority(@Root() exercise: Exercise, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, organizationById, exercise.localAuthorityId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The national evaluator of the exercise (INAI for 2015-2017).' })
  evaluator(@Root() exercise: Exercise, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, organizationById, exercise.evaluatorId);
  }

  @FieldResolver(() => Secretariat, { nullable: true, description: 'The Technical Secretariat that runs the exercise.' })
  async secretariat(@Root() exercise: Exercise, @Ctx() ctx: Context) {
    const [secretariat] = await ctx.loaders.get(secretariatsByExercise).load(exercise.id);
    return secretariat ?? null;
  }

  @FieldResolver(() => [ActionPlan], { description: 'Local Action Plans of the exercise, oldest first.' })
  actionPlans(@Root() exercise: Exercise, @Ctx() ctx: Context) {
    return ctx.loaders.get(actionPlansByExercise).load(exercise.id);
  }

  @FieldResolver(() => [Theme], { description: 'Themes of the working tables.' })
  themes(@Root() exercise: Exercise, @Ctx() ctx: Context) {
    return ctx.loaders.get(themesByExercise).load(exercise.id);
  }

  @FieldResolver(() => [Recommendation], { description: "The evaluator's recommendations and the exercise's areas of opportunity." })
  recommendations(@Root() exercise: Exercise, @Ctx() ctx: Context) {
    return ctx.loaders.get(recommendationsByExercise).load(exercise.id);
  }

  @FieldResolver(() => PagesDelivered, { description: 'Pages delivered across every commitment of the exercise.' })
  pagesDelivered(@Root() exercise: Exercise, @Ctx() ctx: Context) {
    return ctx.loaders.get(pagesByExercise).load(exercise.id);
  }

  @FieldResolver(() => ExerciseStatistics, { description: 'Counts of sessions, agreements by status, events and attendance.' })
  statistics(@Root() exercise: Exercise, @Ctx() ctx: Context) {
    return ctx.loaders.get(statisticsByExercise).load(exercise.id);
  }
}
