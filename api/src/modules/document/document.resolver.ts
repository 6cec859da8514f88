import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  InputType,
  Resolver,
  Root,
  registerEnumType,
  type ClassType,
} from 'type-graphql';
import type { Context } from '../../common/context';
import { documentKind } from './document.kind';
import { ExerciseSlugField, StateIdField, whereExercise, whereState } from '../../common/exercise-filter';
import { whereId, whereSearch } from '../../common/filters';
import { loadOptional, type LoaderFactory } from '../../common/loaders';
import { createReadResolver } from '../../common/read-resolver';
import { Evaluation } from '../evaluation/evaluation.entity';
import { evaluationById } from '../evaluation/evaluation.loaders';
import { Event } from '../event/event.entity';
import { eventById } from '../event/event.loaders';
import { Exercise } from '../exercise/exercise.entity';
import { exerciseById } from '../exercise/exercise.loaders';
import { InformationDelivery } from '../information/information-delivery.entity';
import { informationDeliveryById } from '../information/information.loaders';
import { Milestone } from '../milestone/milestone.entity';
import { milestoneById } from '../milestone/milestone.loaders';
import { Session } from '../session/session.entity';
import { sessionById } from '../session/session.loaders';
import { Document } from './document.entity';
import { DocumentKind } from './document.enums';
import {
  contentBySha256,
  documentById,
  documentsByEvaluation,
  documentsByEvent,
  documentsByExercise,
  documentsByInformationDelivery,
  documentsByMilestone,
  documentsBySession,
} from './document.loaders';
import { filePath } from './document.storage';

@InputType({ description: 'Conditions on documents.' })
export class DocumentFilter {
  @Field(() => ID, { nullable: true, description: 'Only documents of this session.' })
  sessionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only documents of this event or meeting.' })
  eventId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only documents of this milestone.' })
  milestoneId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only documents of this information delivery.' })
  informationDeliveryId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only documents of this evaluation.' })
  evaluationId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only documents of this exercise (of the exercise itself or of any of its records).',
  })
  exerciseId?: string | null;

  @ExerciseSlugField('documents')
  exerciseSlug?: string | null;

  @StateIdField('documents')
  stateId?: string | null;

  @Field(() => [DocumentKind], { nullable: true, description: 'Only documents of one of these kinds.' })
  kinds?: DocumentKind[] | null;

  @Field(() => String, { nullable: true, description: 'Part of the title or file name, ignoring case.' })
  search?: string | null;
}

export enum DocumentOrderField {
  DATE = 'DATE',
  TITLE = 'TITLE',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(DocumentOrderField, {
  name: 'DocumentOrderField',
  description: 'Fields documents can be sorted by.',
  valuesConfig: {
    DATE: { description: 'Date of the document.' },
    TITLE: { description: 'Title.' },
    CREATED_AT: { description: 'When it was stored.' },
  },
});

@Resolver(() => Document)
export class DocumentResolver extends createReadResolver({
  type: Document,
  name: 'Document',
  single: 'document',
  plural: 'documents',
  listDescription: 'Documents (minutes, evidence, letters, reports) and the records they belong to.',
  byId: documentById,
  filter: DocumentFilter,
  applyFilter: (qb, filter: DocumentFilter) => {
    whereExercise(qb, filter, documentKind);
    whereState(qb, documentKind, filter.stateId);
    for (const field of ['sessionId', 'eventId', 'milestoneId', 'informationDeliveryId', 'evaluationId'] as const)
      whereId(qb, `r.${field}`, filter[field], `filter.${field}`);
    if (filter.kinds?.length) qb.andWhere('r.kind IN (:...kinds)', { kinds: filter.kinds });
    whereSearch(qb, ['r.title', 'r.fileName'], filter.search, 'filter.search');
  },
  orderFields: DocumentOrderField,
  orderColumns: { DATE: 'r.date', TITLE: 'r.title', CREATED_AT: 'r.createdAt' },
  defaultOrder: DocumentOrderField.DATE,
}) {
  @FieldResolver(() => String, {
    description:
      "Where the file is downloaded, on this API's origin: /files/<sha256>/<fileName>. Stable: the same bytes keep the same address.",
  })
  downloadPath(@Root() document: Document): string {
    return filePath(document.contentSha256, document.fileName);
  }

  @FieldResolver(() => Float, { description: 'Size of the file in bytes.' })
  async size(@Root() document: Document, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.get(contentBySha256).load(document.contentSha256))?.size ?? 0;
  }

  @FieldResolver(() => String, {
    description: 'Media type of the file, detected from its bytes (application/pdf, image/png, text/csv, …).',
  })
  async mediaType(@Root() document: Document, @Ctx() ctx: Context): Promise<string> {
    return (
      (await ctx.loaders.get(contentBySha256).load(document.contentSha256))?.mediaType ?? 'application/octet-stream'
    );
  }

  @FieldResolver(() => Session, { nullable: true, description: 'The session it belongs to.' })
  session(@Root() document: Document, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, sessionById, document.sessionId);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The event or meeting it belongs to.' })
  event(@Root() document: Document, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, eventById, document.eventId);
  }

  @FieldResolver(() => Milestone, { nullable: true, description: 'The milestone it belongs to.' })
  milestone(@Root() document: Document, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, milestoneById, document.milestoneId);
  }

  @FieldResolver(() => InformationDelivery, { nullable: true, description: 'The information delivery it belongs to.' })
  informationDelivery(@Root() document: Document, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, informationDeliveryById, document.informationDeliveryId);
  }

  @FieldResolver(() => Evaluation, { nullable: true, description: 'The evaluation it belongs to.' })
  evaluation(@Root() document: Document, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, evaluationById, document.evaluationId);
  }

  @FieldResolver(() => Exercise, {
    nullable: true,
    description: 'The exercise it belongs to, when it belongs to the exercise itself.',
  })
  exercise(@Root() document: Document, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, exerciseById, document.exerciseId);
  }
}

/** `documents` on a kind of record documents belong to: declared here, beside what it returns. */
function documentsOn<T extends { id: string }>(
  type: ClassType<T>,
  loader: LoaderFactory<string, Document[]>,
  description = 'Its documents (minutes, evidence, letters) the viewer may see, by date.',
) {
  @Resolver(() => type)
  class DocumentsField {
    @FieldResolver(() => [Document], { description })
    async documents(
      @Root() record: T,
      @Ctx() ctx: Context,
      @Arg('kind', () => DocumentKind, {
        nullable: true,
        description: 'Only the documents of this kind, e.g. ACTA: the minutes of a session.',
      })
      kind?: DocumentKind | null,
    ) {
      const documents = await ctx.loaders.get(loader).load(record.id);
      return kind ? documents.filter((document) => document.kind === kind) : documents;
    }
  }
  return DocumentsField;
}

/** Every resolver of the document kind, for the schema. */
export const DOCUMENT_RESOLVERS = [
  DocumentResolver,
  documentsOn(Session, documentsBySession),
  documentsOn(Event, documentsByEvent),
  documentsOn(Milestone, documentsByMilestone),
  documentsOn(InformationDelivery, documentsByInformationDelivery),
  documentsOn(Evaluation, documentsByEvaluation),
  documentsOn(
    Exercise,
    documentsByExercise,
    'Documents of the exercise itself (such as its closing report) the viewer may see, by date.',
  ),
] as const;
