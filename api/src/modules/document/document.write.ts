import { IsIn, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType, Resolver } from 'type-graphql';
import { badInput, InputProblem } from '../../common/errors';
import { RecordInput } from '../../common/record-input';
import { FILE_NAME, FILE_NAME_CHARACTERS, SHORT_TEXT } from '../../common/field-limits';
import { PartialDateScalar } from '../../common/scalars';
import { createWriteResolver } from '../../common/write-resolver';
import { Milestone } from '../milestone/milestone.entity';
import { lacksEvidence } from '../milestone/milestone.evidence';
import { Document } from './document.entity';
import { DOCUMENT_PARENTS } from './document.parents';
import { DocumentKind } from './document.enums';
import { contentInfo } from './document.storage';

@InputType({
  description:
    'A document: its metadata, the record it belongs to (exactly one), and its file, uploaded first with POST /documents/upload.',
})
export class DocumentInput extends RecordInput {
  @Field({ nullable: true, description: 'Title (required on create).' })
  @MaxLength(SHORT_TEXT)
  title?: string;

  @Field(() => DocumentKind, { nullable: true, description: 'What the document is (required on create).' })
  @IsIn(Object.values(DocumentKind))
  kind?: DocumentKind;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Date of the document, at the precision known.' })
  date?: string | null;

  @Field(() => ID, { nullable: true, description: 'The session it belongs to (its minutes, for example).' })
  sessionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The event or meeting it belongs to.' })
  eventId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The milestone it belongs to (its evidence, for example).' })
  milestoneId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The information delivery it belongs to.' })
  informationDeliveryId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The evaluation it belongs to.' })
  evaluationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The exercise it belongs to (a report of the whole exercise).' })
  exerciseId?: string | null;

  @Field({
    nullable: true,
    description: 'SHA-256 of the file, as POST /documents/upload answered (required on create).',
  })
  @Matches(/^[0-9a-f]{64}$/)
  contentSha256?: string;

  @Field({ nullable: true, description: 'The file name shown on download (required on create).' })
  @MaxLength(FILE_NAME)
  @Matches(FILE_NAME_CHARACTERS)
  fileName?: string;
}

@Resolver(() => Document)
export class DocumentWriteResolver extends createWriteResolver(
  {
    entity: Document,
    name: 'Document',
    required: ['title', 'kind', 'contentSha256', 'fileName'],
    async check(row, manager) {
      const given = DOCUMENT_PARENTS.filter((parent) => row[parent.field] != null);
      if (given.length !== 1) {
        const field = (given[1] ?? DOCUMENT_PARENTS[0]).field;
        throw badInput(
          `input.${field}`,
          `: give exactly one of ${DOCUMENT_PARENTS.map((p) => p.field).join(', ')} (the record the document belongs to)`,
          InputProblem.ONE_OF,
        );
      }
      if (!(await contentInfo(manager, String(row.contentSha256)))) {
        throw badInput(
          'input.contentSha256',
          'names no uploaded file: upload it first (POST /documents/upload)',
          InputProblem.UNKNOWN_REFERENCE,
        );
      }
    },
    /** A milestone marked done keeps its evidence: its last document can neither be deleted nor moved away. */
    async keeps(before, after, manager) {
      const milestoneId = before.milestoneId as string | null;
      if (!milestoneId || after?.milestoneId === milestoneId) return;
      const milestone = await manager.findOneBy(Milestone, { id: milestoneId });
      if (milestone && (await lacksEvidence(manager, { ...milestone }))) {
        throw badInput(
          after ? 'input.milestoneId' : 'id',
          `takes away the only evidence of milestone ${milestoneId}, marked DONE: give it another document, an evidenceUrl or an evidenceDescription first`,
          InputProblem.LAST_EVIDENCE,
        );
      }
    },
  },
  DocumentInput,
  { create: 'createDocument', update: 'updateDocument', delete: 'deleteDocument', restore: 'restoreDocument' },
) {}
