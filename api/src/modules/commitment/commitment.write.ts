import { MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, Resolver } from 'type-graphql';
import { badInput, InputProblem } from '../../common/errors';
import { RecordInput } from '../../common/record-input';
import { COMMITMENT_TITLE, LONG_TEXT, SHORT_TEXT } from '../../common/field-limits';
import { createWriteResolver } from '../../common/write-resolver';
import { Commitment } from './commitment.entity';
import { CommitmentOrganizationRole } from './commitment.enums';

@InputType({ description: 'A commitment of a plan.' })
export class CommitmentInput extends RecordInput {
  @Field(() => ID, { nullable: true, description: 'The plan (required on create).' })
  planId?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Number within the plan (unique); empty for an unnumbered proactive commitment.',
  })
  @Min(1)
  number?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether it is proactive.' })
  isProactive?: boolean;

  @Field(() => String, { nullable: true, description: 'When a proactive commitment starts.' })
  @MaxLength(LONG_TEXT)
  activationCondition?: string | null;

  @Field({ nullable: true, description: 'Title (required on create).' })
  @MaxLength(COMMITMENT_TITLE)
  title?: string;

  @Field(() => String, { nullable: true, description: 'Objective.' })
  @MaxLength(LONG_TEXT)
  objective?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Responsible agencies (replaces the list).' })
  responsibleAgencyIds?: string[];

  @Field(() => Boolean, {
    nullable: true,
    description:
      'True when the source names no responsible agencies and these are inferred (the source note says from what).',
  })
  responsibleAgenciesInferred?: boolean;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Public bodies that took part in its work without the source naming them responsible (replaces the list).',
  })
  participatingAgencyIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Following civil-society organisations (replaces the list).' })
  followerIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Themes (replaces the list).' })
  themeIds?: string[];
}

const organizations = (field: string, role: CommitmentOrganizationRole) => ({
  field,
  table: 'commitment_organization',
  ownerColumn: 'commitment_id',
  targetColumn: 'organization_id',
  fixed: { role },
});

@Resolver(() => Commitment)
export class CommitmentWriteResolver extends createWriteResolver(
  {
    entity: Commitment,
    name: 'Commitment',
    required: ['planId', 'title'],
    links: [
      organizations('responsibleAgencyIds', CommitmentOrganizationRole.RESPONSIBLE),
      organizations('participatingAgencyIds', CommitmentOrganizationRole.PARTICIPANT),
      organizations('followerIds', CommitmentOrganizationRole.FOLLOWER),
      { field: 'themeIds', table: 'commitment_theme', ownerColumn: 'commitment_id', targetColumn: 'theme_id' },
    ],
    async check(row) {
      if (row.activationCondition != null && !row.isProactive)
        throw badInput(
          'input.activationCondition',
          'is only for proactive commitments (set isProactive)',
          InputProblem.INVALID,
        );
    },
  },
  CommitmentInput,
  { create: 'createCommitment', update: 'updateCommitment', delete: 'deleteCommitment', restore: 'restoreCommitment' },
) {}
