import { Ctx, Field, FieldResolver, InputType, Resolver, Root, registerEnumType } from 'type-graphql';
import type { Context } from '../../common/context';
import { whereSearch } from '../../common/filters';
import { loadOptional } from '../../common/loaders';
import { createReadResolver } from '../../common/read-resolver';
import { Organization } from '../organization/organization.entity';
import { organizationById } from '../organization/organization.loaders';
import { sourceTextPath } from './source-address';
import { SourceDocument } from './source-document.entity';
import { sourceDocumentById, sourcePathById } from './source.loaders';

@InputType({ description: 'Conditions on source documents.' })
export class SourceDocumentFilter {
  @Field(() => String, { nullable: true, description: 'Part of the title, ignoring case.' })
  search?: string | null;
}

export enum SourceDocumentOrderField {
  TITLE = 'TITLE',
  KEY = 'KEY',
}
registerEnumType(SourceDocumentOrderField, {
  name: 'SourceDocumentOrderField',
  description: 'Fields documents can be sorted by.',
  valuesConfig: { TITLE: { description: 'Title.' }, KEY: { description: 'Key.' } },
});

@Resolver(() => SourceDocument)
export class SourceDocumentResolver extends createReadResolver({
  type: SourceDocument,
  name: 'SourceDocument',
  single: 'sourceDocument',
  plural: 'sourceDocuments',
  listDescription: 'Documents records are taken from.',
  byId: sourceDocumentById,
  filter: SourceDocumentFilter,
  applyFilter: (qb, filter: SourceDocumentFilter) => whereSearch(qb, ['r.title'], filter.search, 'filter.search'),
  orderFields: SourceDocumentOrderField,
  orderColumns: { TITLE: 'r.title', KEY: 'r.key' },
  defaultOrder: SourceDocumentOrderField.KEY,
}) {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Where this server serves the document: a path on this server, the file of its report when the platform stores the report as a published document (e.g. "/files/<sha256>/informe-coahuila-2015-2017.txt"), else the text it keeps of it (e.g. "/data/sources/informe-coahuila-2015-2017.txt"). It is the document\'s address in the downloads, Popolo and the data package (there after the public base address); null when the platform serves neither (then `url`, when known).',
  })
  path(@Root() document: SourceDocument, @Ctx() ctx: Context): Promise<string | null> {
    return ctx.loaders.get(sourcePathById).load(document.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Where this server serves the text it keeps of the document, e.g. "/data/sources/informe-coahuila-2015-2017.txt"; null when it keeps none. The document\'s address is `path`.',
  })
  textPath(@Root() document: SourceDocument): string | null {
    return document.text === null ? null : sourceTextPath(document.key);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'Who published it.' })
  publishedBy(@Root() document: SourceDocument, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, organizationById, document.publishedById);
  }
}
