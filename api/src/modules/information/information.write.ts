import { MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, Resolver } from 'type-graphql';
import { badInput, InputProblem } from '../../common/errors';
import { checkWithinCommitmentExercise } from '../../common/exercise-span';
import { RecordInput } from '../../common/record-input';
import { LONG_TEXT, SHORT_TEXT } from '../../common/field-limits';
import { PartialDateScalar } from '../../common/scalars';
import { createWriteResolver } from '../../common/write-resolver';
import { CountQualifier } from '../event/event.enums';
import { InformationDelivery } from './information-delivery.entity';
import { InformationRequest } from './information-request.entity';
import { RequestResponse } from './information.enums';

@InputType({
  description: 'Information asked of an agency (recipientId) or of a group (recipientDescription) for a commitment.',
})
export class InformationRequestInput extends RecordInput {
  @Field(() => ID, { nullable: true, description: 'The commitment (required on create).' })
  commitmentId?: string;

  @Field(() => ID, { nullable: true, description: 'The organisation asked.' })
  recipientId?: string | null;

  @Field(() => String, { nullable: true, description: 'Who was asked, in words, for a group.' })
  @MaxLength(SHORT_TEXT)
  recipientDescription?: string | null;

  @Field({ nullable: true, description: 'What was asked (required on create).' })
  @MaxLength(LONG_TEXT)
  subject?: string;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When.' })
  requestedOn?: string | null;

  @Field(() => RequestResponse, { nullable: true, description: 'How it was answered.' })
  response?: RequestResponse;

  @Field(() => Int, { nullable: true, description: 'How many bodies were asked.' })
  @Min(1)
  recipientCount?: number | null;

  @Field(() => Int, { nullable: true, description: 'How many answered; not more than recipientCount.' })
  @Min(0)
  respondedCount?: number | null;

  @Field(() => String, { nullable: true, description: 'What is known of the answers.' })
  @MaxLength(LONG_TEXT)
  responseNote?: string | null;
}

@Resolver(() => InformationRequest)
export class InformationRequestWriteResolver extends createWriteResolver(
  {
    entity: InformationRequest,
    name: 'InformationRequest',
    required: ['commitmentId', 'subject'],
    async check(row) {
      if (row.recipientId == null && !row.recipientDescription)
        throw badInput('input.recipientId', 'or recipientDescription is required: who was asked', InputProblem.ONE_OF);
      if (
        row.respondedCount != null &&
        row.recipientCount != null &&
        (row.respondedCount as number) > (row.recipientCount as number)
      ) {
        throw badInput('input.respondedCount', 'is more than recipientCount', InputProblem.TOO_LARGE);
      }
    },
  },
  InformationRequestInput,
  {
    create: 'createInformationRequest',
    update: 'updateInformationRequest',
    delete: 'deleteInformationRequest',
    restore: 'restoreInformationRequest',
  },
) {}

@InputType({ description: 'Information delivered for a commitment, in pages (fojas).' })
export class InformationDeliveryInput extends RecordInput {
  @Field(() => ID, { nullable: true, description: 'The commitment (required on create).' })
  commitmentId?: string;

  @Field(() => ID, { nullable: true, description: 'The organisation that delivered it alone.' })
  deliveredById?: string | null;

  @Field(() => String, { nullable: true, description: 'Who delivered it, in words, when several.' })
  @MaxLength(SHORT_TEXT)
  deliveredByDescription?: string | null;

  @Field(() => ID, { nullable: true, description: 'The request it answers.' })
  requestId?: string | null;

  @Field({ nullable: true, description: 'What was delivered (required on create).' })
  @MaxLength(LONG_TEXT)
  description?: string;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When.' })
  deliveredOn?: string | null;

  @Field(() => Int, { nullable: true, description: 'Pages (0 or more); give pagesQualifier with it.' })
  @Min(0)
  pages?: number | null;

  @Field(() => CountQualifier, { nullable: true, description: 'EXACT, or MORE_THAN for "more than N pages".' })
  pagesQualifier?: CountQualifier | null;
}

@Resolver(() => InformationDelivery)
export class InformationDeliveryWriteResolver extends createWriteResolver(
  {
    entity: InformationDelivery,
    name: 'InformationDelivery',
    required: ['commitmentId', 'description'],
    async check(row, manager) {
      if ((row.pages == null) !== (row.pagesQualifier == null))
        throw badInput(
          'input.pagesQualifier',
          'goes with pages: give both (EXACT or MORE_THAN) or neither',
          InputProblem.QUALIFIER_PAIR,
        );
      await checkWithinCommitmentExercise(manager, row.commitmentId, 'deliveredOn', row.deliveredOn);
      // A delivery answers a request of its own commitment, and is credited to an organisation
      // the commitment makes responsible or has take part, or the request asked: pages never go to a bystander.
      const [{ same_commitment, named }] = await manager.query(
        `SELECT ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM information_request q WHERE q.id = $2 AND q.commitment_id = $1)) AS same_commitment,
                ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM commitment_organization co WHERE co.commitment_id = $1 AND co.organization_id = $3 AND co.role IN ('RESPONSIBLE', 'PARTICIPANT'))
                  OR EXISTS (SELECT 1 FROM information_request q WHERE q.id = $2 AND q.recipient_id = $3)) AS named`,
        [row.commitmentId, row.requestId ?? null, row.deliveredById ?? null],
      );
      if (!same_commitment)
        throw badInput(
          'input.requestId',
          'is a request of another commitment: a delivery answers a request of its own commitment',
          InputProblem.UNKNOWN_REFERENCE,
        );
      if (!named)
        throw badInput(
          'input.deliveredById',
          "is neither responsible for the commitment, nor taking part in it, nor the request's recipient: credit the organisation that delivered",
          InputProblem.INVALID,
        );
    },
  },
  InformationDeliveryInput,
  {
    create: 'createInformationDelivery',
    update: 'updateInformationDelivery',
    delete: 'deleteInformationDelivery',
    restore: 'restoreInformationDelivery',
  },
) {}
