import { Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, Resolver } from 'type-graphql';
import { badInput, InputProblem } from '../../common/errors';
import { RecordInput } from '../../common/record-input';
import { LONG_TEXT, PLAN_YEARS, SHORT_TEXT } from '../../common/field-limits';
import { PartialDateScalar } from '../../common/scalars';
import { createWriteResolver } from '../../common/write-resolver';
import { ActionPlan } from './action-plan.entity';

@InputType({ description: 'A Local Action Plan.' })
export class ActionPlanInput extends RecordInput {
  @Field(() => ID, { nullable: true, description: 'The exercise (required on create).' })
  exerciseId?: string;

  @Field({ nullable: true, description: 'Title (required on create).' })
  @MaxLength(SHORT_TEXT)
  title?: string;

  @Field(() => Int, { nullable: true, description: 'First year.' })
  @Min(PLAN_YEARS.min)
  @Max(PLAN_YEARS.max)
  startYear?: number | null;

  @Field(() => Int, { nullable: true, description: 'Last year.' })
  @Min(PLAN_YEARS.min)
  @Max(PLAN_YEARS.max)
  endYear?: number | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it was agreed.' })
  agreedOn?: string | null;

  @Field(() => ID, { nullable: true, description: 'The session that agreed it.' })
  agreedAtSessionId?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it was signed.' })
  signedOn?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it was published.' })
  publishedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it was published.' })
  @MaxLength(SHORT_TEXT)
  publishedIn?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When work on it started.' })
  workStartOn?: string | null;

  @Field(() => String, { nullable: true, description: 'How it is carried out.' })
  @MaxLength(LONG_TEXT)
  methodology?: string | null;
}

@Resolver(() => ActionPlan)
export class ActionPlanWriteResolver extends createWriteResolver(
  {
    entity: ActionPlan,
    name: 'ActionPlan',
    required: ['exerciseId', 'title'],
    async check(row) {
      if (row.startYear != null && row.endYear != null && (row.endYear as number) < (row.startYear as number))
        throw badInput('input.endYear', 'comes before startYear', InputProblem.DATE_ORDER);
    },
  },
  ActionPlanInput,
  { create: 'createActionPlan', update: 'updateActionPlan', delete: 'deleteActionPlan', restore: 'restoreActionPlan' },
) {}
