import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { loadOptional } from '../../common/loaders';
import { SourcedRecord } from '../../common/sourced-record';
import { SourceDocument } from './source-document.entity';
import { sourceDocumentById } from './source.loaders';
import { SourceReference } from './source-reference.type';

/** `source` on every sourced record, inherited through the `Sourced` interface. */
@Resolver(() => SourcedRecord)
export class SourcedResolver {
  @FieldResolver(() => SourceReference, {
    nullable: true,
    description: 'Where this record comes from; null for records entered without a source.',
  })
  source(@Root() record: SourcedRecord): SourceReference | null {
    if (record.sourceDocumentId === null && record.sourceNote === null) return null;
    return { documentId: record.sourceDocumentId, note: record.sourceNote };
  }
}

@Resolver(() => SourceReference)
export class SourceReferenceResolver {
  @FieldResolver(() => SourceDocument, { nullable: true, description: 'The document.' })
  document(@Root() reference: SourceReference, @Ctx() ctx: Context): Promise<SourceDocument | null> {
    return loadOptional(ctx.loaders, sourceDocumentById, reference.documentId);
  }
}
