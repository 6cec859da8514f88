import { Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType, Resolver } from 'type-graphql';
import { RecordInput } from '../../common/record-input';
import { ABBREVIATION, HONORIFIC, SHORT_TEXT, SLUG } from '../../common/field-limits';
import { PartialDateScalar } from '../../common/scalars';
import { createWriteResolver } from '../../common/write-resolver';
import { Organization } from './organization.entity';
import { OrganizationKind } from './organization.enums';
import { Person } from './person.entity';

@InputType({ description: 'An organisation.' })
export class OrganizationInput extends RecordInput {
  @Field({ nullable: true, description: 'Stable key, lowercase words joined by hyphens (required on create).' })
  @Matches(SLUG, { message: 'must be lowercase letters, digits and hyphens' })
  slug?: string;

  @Field({ nullable: true, description: 'Full name (required on create).' })
  @MaxLength(SHORT_TEXT)
  name?: string;

  @Field(() => String, { nullable: true, description: 'Abbreviation.' })
  @MaxLength(ABBREVIATION)
  abbreviation?: string | null;

  @Field(() => OrganizationKind, { nullable: true, description: 'Kind of body (required on create).' })
  kind?: OrganizationKind;

  @Field(() => ID, { nullable: true, description: 'The organisation it is part of.' })
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The state it belongs to; empty for national bodies.' })
  stateId?: string | null;

  @Field(() => ID, { nullable: true, description: 'For municipal bodies, the municipality.' })
  municipalityId?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it was created.' })
  foundingDate?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it was abolished.' })
  dissolutionDate?: string | null;
}

@Resolver(() => Organization)
export class OrganizationWriteResolver extends createWriteResolver(
  {
    entity: Organization,
    name: 'Organization',
    required: ['slug', 'name', 'kind'],
    intervals: [['foundingDate', 'dissolutionDate']],
  },
  OrganizationInput,
  {
    create: 'createOrganization',
    update: 'updateOrganization',
    delete: 'deleteOrganization',
    restore: 'restoreOrganization',
  },
) {}

@InputType({ description: 'A person.' })
export class PersonInput extends RecordInput {
  @Field({ nullable: true, description: 'Full name without honorific (required on create).' })
  @MaxLength(SHORT_TEXT)
  name?: string;

  @Field(() => String, { nullable: true, description: 'Honorific, e.g. "Lic.".' })
  @MaxLength(HONORIFIC)
  honorificPrefix?: string | null;

  @Field(() => ID, { nullable: true, description: 'The state whose exercise names the person.' })
  stateId?: string | null;
}

@Resolver(() => Person)
export class PersonWriteResolver extends createWriteResolver(
  { entity: Person, name: 'Person', required: ['name'] },
  PersonInput,
  { create: 'createPerson', update: 'updatePerson', delete: 'deletePerson', restore: 'restorePerson' },
) {}
