import { Field, ID, InputType, registerEnumType } from 'type-graphql';

@InputType({ description: 'Conditions on exercises.' })
export class ExerciseFilter {
  @Field(() => ID, { nullable: true, description: 'Only exercises of this state.' })
  stateId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only exercises of the state with this ISO 3166-2 code, e.g. "MX-COA".',
  })
  stateCode?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only synthetic (generated) exercises; false: none of them.',
  })
  isSynthetic?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only demonstration exercises; false: none of them.' })
  isDemo?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Part of the title, ignoring case.' })
  search?: string | null;
}

export enum ExerciseOrderField {
  START_DATE = 'START_DATE',
  TITLE = 'TITLE',
}
registerEnumType(ExerciseOrderField, {
  name: 'ExerciseOrderField',
  description: 'Fields exercises can be sorted by.',
  valuesConfig: { START_DATE: { description: 'Start date.' }, TITLE: { description: 'Title.' } },
});
