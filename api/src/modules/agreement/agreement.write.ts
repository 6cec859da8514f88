import { MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, Resolver } from 'type-graphql';
import { LONG_TEXT, RecordInput } from '../../common/record-input';
import { badInput, InputProblem } from '../../common/errors';
import { createWriteResolver } from '../../common/write-resolver';
import { Agreement } from './agreement.entity';
import { AgreementStatus } from './agreement.enums';

@InputType({ description: 'An agreement of a session or of a meeting (give exactly one of sessionId and eventId).' })
export class AgreementInput extends RecordInput {
  @Field(() => ID, { nullable: true, description: 'The session that took it.' })
  sessionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The meeting that took it.' })
  eventId?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Order among the agreements of its session or meeting (required on create).',
  })
  @Min(1)
  position?: number;

  @Field({ nullable: true, description: 'What was agreed (required on create).' })
  @MaxLength(LONG_TEXT)
  text?: string;

  @Field(() => AgreementStatus, { nullable: true, description: 'Follow-up status.' })
  status?: AgreementStatus;

  @Field(() => String, { nullable: true, description: 'What the status rests on.' })
  @MaxLength(LONG_TEXT)
  statusNote?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Organisations that must carry it out (replaces the list).' })
  responsibleIds?: string[];
}

@Resolver(() => Agreement)
export class AgreementWriteResolver extends createWriteResolver(
  {
    entity: Agreement,
    name: 'Agreement',
    required: ['position', 'text'],
    links: [
      {
        field: 'responsibleIds',
        table: 'agreement_responsible',
        ownerColumn: 'agreement_id',
        targetColumn: 'organization_id',
      },
    ],
    async check(row) {
      if ((row.sessionId == null) === (row.eventId == null))
        throw badInput(
          'input.sessionId',
          'or eventId: give exactly one (where the agreement was taken)',
          InputProblem.ONE_OF,
        );
    },
  },
  AgreementInput,
  { create: 'createAgreement', update: 'updateAgreement', delete: 'deleteAgreement', restore: 'restoreAgreement' },
) {}
