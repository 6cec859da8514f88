import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ExerciseSlugField } from '../../common/exercise-filter';
import { OrganizationKind } from './organization.enums';

@InputType({ description: 'Conditions on organisations.' })
export class OrganizationFilter {
  @Field(() => [OrganizationKind], { nullable: true, description: 'Only organisations of these kinds.' })
  kinds?: OrganizationKind[] | null;

  @Field(() => ID, { nullable: true, description: 'Only organisations that are part of this one.' })
  parentId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Only organisations responsible for or following a commitment of this exercise, or taking part in its events or agreements.',
  })
  exerciseId?: string | null;

  @ExerciseSlugField('organisations involved (as for exerciseId) in any part')
  exerciseSlug?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name or abbreviation, ignoring case.' })
  search?: string | null;
}

export enum OrganizationOrderField {
  NAME = 'NAME',
  KIND = 'KIND',
}
registerEnumType(OrganizationOrderField, {
  name: 'OrganizationOrderField',
  description: 'Fields organisations can be sorted by.',
  valuesConfig: { NAME: { description: 'Name.' }, KIND: { description: 'Kind.' } },
});

@InputType({ description: 'Conditions on people.' })
export class PersonFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name, ignoring case.' })
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only people who held a seat of this secretariat.' })
  secretariatId?: string | null;
}

export enum PersonOrderField {
  NAME = 'NAME',
}
registerEnumType(PersonOrderField, {
  name: 'PersonOrderField',
  description: 'Fields people can be sorted by.',
  valuesConfig: { NAME: { description: 'Name.' } },
});
