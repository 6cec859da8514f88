import { Ctx, Field, FieldResolver, ID, InputType, Resolver, Root, registerEnumType } from 'type-graphql';
import { ExerciseSlugField, whereExercise } from '../../common/exercise-filter';
import type { Context } from '../../common/context';
import { loadOptional } from '../../common/loaders';
import { createReadResolver } from '../../common/read-resolver';
import { Commitment } from '../commitment/commitment.entity';
import { commitmentsByPlan } from '../commitment/commitment.loaders';
import { Evaluation } from '../evaluation/evaluation.entity';
import { evaluationsByPlan } from '../evaluation/evaluation.loaders';
import { Exercise } from '../exercise/exercise.entity';
import { exerciseById } from '../exercise/exercise.loaders';
import { pagesByPlan } from '../information/information.loaders';
import { PagesDelivered } from '../information/information.types';
import { Session } from '../session/session.entity';
import { sessionById } from '../session/session.loaders';
import { ActionPlan } from './action-plan.entity';
import { actionPlanById } from './plan.loaders';

@InputType({ description: 'Conditions on action plans.' })
export class ActionPlanFilter {
  @Field(() => ID, { nullable: true, description: 'Only plans of this exercise.' })
  exerciseId?: string | null;

  @ExerciseSlugField('plans')
  exerciseSlug?: string | null;
}

export enum ActionPlanOrderField { START_YEAR = 'START_YEAR', TITLE = 'TITLE' }
registerEnumType(ActionPlanOrderField, { name: 'ActionPlanOrderField', description: 'Fields plans can be sorted by.', valuesConfig: { START_YEAR: { description: 'First year.' }, TITLE: { description: 'Title.' } } });

@Resolver(() => ActionPlan)
export class ActionPlanResolver extends createReadResolver({
  type: ActionPlan,
  name: 'ActionPlan',
  single: 'actionPlan',
  plural: 'actionPlans',
  listDescription: 'Local Action Plans.',
  byId: actionPlanById,
  filter: ActionPlanFilter,
  applyFilter: (qb, filter: ActionPlanFilter) => whereExercise(qb, filter, (exercise) => `r.exerciseId = ${exercise}`),
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

  @FieldResolver(() => [Commitment], { description: 'Its commitments: numbered ones in order, proactive ones last.' })
  commitments(@Root() plan: ActionPlan, @Ctx() ctx: Context) {
    return ctx.loaders.get(commitmentsByPlan).load(plan.id);
  }

  @FieldResolver(() => [Evaluation], { description: 'Evaluations of the plan.' })
  evaluations(@Root() plan: ActionPlan, @Ctx() ctx: Context) {
    return ctx.loaders.get(evaluationsByPlan).load(plan.id);
  }

  @FieldResolver(() => PagesDelivered, { description: 'Pages (fojas) delivered across its commitments.' })
  pagesDelivered(@Root() plan: ActionPlan, @Ctx() ctx: Context) {
    return ctx.loaders.get(pagesByPlan).load(plan.id);
  }
}
