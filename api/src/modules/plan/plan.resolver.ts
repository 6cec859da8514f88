import { Ctx, Field, FieldResolver, ID, InputType, Resolver, Root, registerEnumType } from 'type-graphql';
import { ExerciseSlugField, whereExercise } from '../../common/exercise-filter';
import { actionPlanKind } from './plan.kind';
import type { Context } from '../../common/context';
import { loadOptional } from '../../common/loaders';
import { createReadResolver } from '../../common/read-resolver';
import { Exercise } from '../exercise/exercise.entity';
import { exerciseById } from '../exercise/exercise.loaders';
import { Session } from '../session/session.entity';
import { sessionById } from '../session/session.loaders';
import { ActionPlan } from './action-plan.entity';
import { actionPlanById } from './plan.loaders';
import { actionPlansByExercise } from './plan.loaders';

@InputType({ description: 'Conditions on action plans.' })
export class ActionPlanFilter {
  @Field(() => ID, { nullable: true, description: 'Only plans of this exercise.' })
  exerciseId?: string | null;

  @ExerciseSlugField('plans')
  exerciseSlug?: string | null;
}

export enum ActionPlanOrderField {
  START_YEAR = 'START_YEAR',
  TITLE = 'TITLE',
}
registerEnumType(ActionPlanOrderField, {
  name: 'ActionPlanOrderField',
  description: 'Fields plans can be sorted by.',
  valuesConfig: { START_YEAR: { description: 'First year.' }, TITLE: { description: 'Title.' } },
});

@Resolver(() => ActionPlan)
export class ActionPlanResolver extends createReadResolver({
  type: ActionPlan,
  name: 'ActionPlan',
  single: 'actionPlan',
  plural: 'actionPlans',
  listDescription: 'Local Action Plans.',
  byId: actionPlanById,
  filter: ActionPlanFilter,
  applyFilter: (qb, filter: ActionPlanFilter) => whereExercise(qb, filter, actionPlanKind),
  orderFields: ActionPlanOrderField,
  orderColumns: { START_YEAR: 'r.startYear', TITLE: 'r.title' },
  defaultOrder: ActionPlanOrderField.START_YEAR,
}) {
  @FieldResolver(() => Exercise, { description: 'The exercise.' })
  exercise(@Root() plan: ActionPlan, @Ctx() ctx: Context) {
    return ctx.loaders.get(exerciseById).load(plan.exerciseId);
  }

  @FieldResolver(() => Session, { nullable: true, description: 'The session that agreed the plan.' })
  agreedAtSession(@Root() plan: ActionPlan, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, sessionById, plan.agreedAtSessionId);
  }
}

@Resolver(() => Exercise)
export class ExerciseActionPlansResolver {
  @FieldResolver(() => [ActionPlan], { description: 'Local Action Plans of the exercise, oldest first.' })
  actionPlans(@Root() exercise: Exercise, @Ctx() ctx: Context) {
    return ctx.loaders.get(actionPlansByExercise).load(exercise.id);
  }
}
