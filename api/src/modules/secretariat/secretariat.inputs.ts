import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ExerciseSlugField } from '../../common/exercise-filter';
import { PartialDateScalar } from '../../common/scalars';
import { SeatRole, Sector } from './secretariat.enums';

@InputType({ description: 'Conditions on secretariats.' })
export class SecretariatFilter {
  @Field(() => ID, { nullable: true, description: 'Only the secretariat of this exercise.' })
  exerciseId?: string | null;

  @ExerciseSlugField('the secretariat')
  exerciseSlug?: string | null;
}

export enum SecretariatOrderField {
  INSTALLED_ON = 'INSTALLED_ON',
  NAME = 'NAME',
}
registerEnumType(SecretariatOrderField, {
  name: 'SecretariatOrderField',
  description: 'Fields secretariats can be sorted by.',
  valuesConfig: { INSTALLED_ON: { description: 'Installation date.' }, NAME: { description: 'Name.' } },
});

@InputType({ description: 'Conditions on seats.' })
export class PostFilter {
  @Field(() => ID, { nullable: true, description: 'Only seats of this secretariat.' })
  secretariatId?: string | null;

  @Field(() => SeatRole, { nullable: true, description: 'Only seats of this kind.' })
  role?: SeatRole | null;

  @Field(() => Sector, { nullable: true, description: 'Only seats of this sector.' })
  sector?: Sector | null;

  @Field(() => ID, { nullable: true, description: 'Only seats for this region (regional liaisons).' })
  regionId?: string | null;
}

export enum PostOrderField {
  LABEL = 'LABEL',
  ROLE = 'ROLE',
}
registerEnumType(PostOrderField, {
  name: 'PostOrderField',
  description: 'Fields seats can be sorted by.',
  valuesConfig: { LABEL: { description: 'Label.' }, ROLE: { description: 'Kind of seat.' } },
});

@InputType({ description: 'Conditions on memberships.' })
export class MembershipFilter {
  @Field(() => ID, { nullable: true, description: 'Only memberships of this seat.' })
  postId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only memberships of seats of this secretariat.' })
  secretariatId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only memberships of this person.' })
  personId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only memberships held on behalf of this organisation.' })
  onBehalfOfId?: string | null;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'Only memberships held on this date (its first day, for a month or year).',
  })
  heldOn?: string | null;
}

export enum MembershipOrderField {
  START_DATE = 'START_DATE',
}
registerEnumType(MembershipOrderField, {
  name: 'MembershipOrderField',
  description: 'Fields memberships can be sorted by.',
  valuesConfig: { START_DATE: { description: 'Start date.' } },
});
