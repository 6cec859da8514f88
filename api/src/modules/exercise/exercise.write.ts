import { Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType, Resolver } from 'type-graphql';
import { RecordInput } from '../../common/record-input';
import { LONG_TEXT, SHORT_TEXT, SLUG } from '../../common/field-limits';
import { PartialDateScalar } from '../../common/scalars';
import { createWriteResolver } from '../../common/write-resolver';
import { Exercise } from './exercise.entity';

@InputType({ description: "A state's Open Government exercise." })
export class ExerciseInput extends RecordInput {
  @Field({ nullable: true, description: 'Stable key used in URLs (required on create).' })
  @Matches(SLUG, { message: 'must be lowercase letters, digits and hyphens' })
  slug?: string;

  @Field({ nullable: true, description: 'Title (required on create).' })
  @MaxLength(SHORT_TEXT)
  title?: string;

  @Field(() => String, { nullable: true, description: 'Description.' })
  @MaxLength(LONG_TEXT)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'The state (required on create).' })
  stateId?: string;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Start.' })
  startDate?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'End.' })
  endDate?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When the joint declaration was signed.' })
  jointDeclarationOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The stage the source says the exercise had reached, in its words.',
  })
  @MaxLength(LONG_TEXT)
  reportedStatus?: string | null;

  @Field(() => ID, { nullable: true, description: 'The guarantor body.' })
  guarantorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The local authority.' })
  localAuthorityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The national evaluator.' })
  evaluatorId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Demonstration data, kept apart from real exercises.' })
  isDemo?: boolean;
}

@Resolver(() => Exercise)
export class ExerciseWriteResolver extends createWriteResolver(
  { entity: Exercise, name: 'Exercise', required: ['slug', 'title', 'stateId'], intervals: [['startDate', 'endDate']] },
  ExerciseInput,
  { create: 'createExercise', update: 'updateExercise', delete: 'deleteExercise', restore: 'restoreExercise' },
) {}
