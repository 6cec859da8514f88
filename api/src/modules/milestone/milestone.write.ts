import { IsPositive, IsUrl, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int, Resolver } from 'type-graphql';
import { badInput, InputProblem } from '../../common/errors';
import { RecordInput } from '../../common/record-input';
import { LONG_TEXT, SHORT_TEXT, URL_TEXT } from '../../common/field-limits';
import { PartialDateScalar } from '../../common/scalars';
import { createWriteResolver } from '../../common/write-resolver';
import { Milestone } from './milestone.entity';
import { MilestoneStatus } from './milestone.enums';
import { lacksEvidence } from './milestone.evidence';

@InputType({
  description:
    'A milestone of a commitment. DONE needs evidence: a link, a document of the milestone, or a description of where it is.',
})
export class MilestoneInput extends RecordInput {
  @Field(() => ID, { nullable: true, description: 'The commitment (required on create).' })
  commitmentId?: string;

  @Field(() => Int, { nullable: true, description: 'Order within the commitment (required on create).' })
  @Min(1)
  position?: number;

  @Field({ nullable: true, description: 'What is to be done (required on create).' })
  @MaxLength(SHORT_TEXT)
  title?: string;

  @Field(() => String, { nullable: true, description: 'Details and expected result.' })
  @MaxLength(LONG_TEXT)
  description?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Planned start.' })
  startDate?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Due date; not before the start.' })
  dueDate?: string | null;

  @Field(() => Float, { nullable: true, description: "Weight in the commitment's progress (more than 0; default 1)." })
  @IsPositive()
  weight?: number;

  @Field(() => MilestoneStatus, { nullable: true, description: 'Status.' })
  status?: MilestoneStatus;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it was finished.' })
  completedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Link to the evidence.' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(URL_TEXT)
  evidenceUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the evidence is, when not online.' })
  @MaxLength(LONG_TEXT)
  evidenceDescription?: string | null;
}

@Resolver(() => Milestone)
export class MilestoneWriteResolver extends createWriteResolver(
  {
    entity: Milestone,
    name: 'Milestone',
    required: ['commitmentId', 'position', 'title'],
    intervals: [['startDate', 'dueDate']],
    async check(row, manager) {
      if (await lacksEvidence(manager, row)) {
        throw badInput(
          'input.evidenceUrl',
          'or a document of the milestone (or evidenceDescription) is required to mark a milestone DONE',
          InputProblem.EVIDENCE_NEEDED,
        );
      }
    },
  },
  MilestoneInput,
  { create: 'createMilestone', update: 'updateMilestone', delete: 'deleteMilestone', restore: 'restoreMilestone' },
) {}
