import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ExerciseSlugField } from '../../common/exercise-filter';
import { DateScalar } from '../../common/scalars';
import { SessionType } from './session.enums';

@InputType({ description: 'Conditions on sessions.' })
export class SessionFilter {
  @Field(() => ID, { nullable: true, description: 'Only sessions of this exercise.' })
  exerciseId?: string | null;

  @ExerciseSlugField('sessions')
  exerciseSlug?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only sessions of this secretariat.' })
  secretariatId?: string | null;

  @Field(() => SessionType, { nullable: true, description: 'Only ordinary or only extraordinary sessions.' })
  type?: SessionType | null;

  @Field(() => ID, { nullable: true, description: 'Only sessions held in this municipality.' })
  municipalityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only sessions held in a municipality of this region.' })
  regionId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only sessions on or after this date.' })
  dateFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only sessions on or before this date.' })
  dateTo?: string | null;
}

export enum SessionOrderField {
  DATE = 'DATE',
  NUMBER = 'NUMBER',
}
registerEnumType(SessionOrderField, {
  name: 'SessionOrderField',
  description: 'Fields sessions can be sorted by.',
  valuesConfig: {
    DATE: { description: 'Date.' },
    NUMBER: { description: 'Number (ordinary and extraordinary interleave).' },
  },
});
