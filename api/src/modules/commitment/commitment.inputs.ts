import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { ExerciseSlugField, StateIdField } from '../../common/exercise-filter';
import { CommitmentOrganizationRole } from './commitment.enums';

@InputType({ description: 'Conditions on commitments.' })
export class CommitmentFilter {
  @Field(() => ID, { nullable: true, description: 'Only commitments of this exercise.' })
  exerciseId?: string | null;

  @ExerciseSlugField('commitments')
  exerciseSlug?: string | null;

  @StateIdField('commitments')
  stateId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only commitments of this plan.' })
  planId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only commitments this organisation is responsible for or follows (see organizationRole).',
  })
  organizationId?: string | null;

  @Field(() => CommitmentOrganizationRole, {
    nullable: true,
    description: 'With organizationId: only as responsible agency, or only as follower.',
  })
  organizationRole?: CommitmentOrganizationRole | null;

  @Field(() => ID, { nullable: true, description: 'Only commitments under this theme.' })
  themeId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only proactive commitments; false: none of them.' })
  isProactive?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Part of the title or objective, ignoring case.' })
  search?: string | null;
}

export enum CommitmentOrderField {
  NUMBER = 'NUMBER',
  TITLE = 'TITLE',
}
registerEnumType(CommitmentOrderField, {
  name: 'CommitmentOrderField',
  description: 'Fields commitments can be sorted by.',
  valuesConfig: {
    NUMBER: { description: 'Number (the unnumbered proactive commitment last).' },
    TITLE: { description: 'Title.' },
  },
});
