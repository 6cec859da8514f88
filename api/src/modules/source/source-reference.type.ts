import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'Where a record comes from: a document and the section or sentence in it (Popolo `sources`).',
})
export class SourceReference {
  documentId: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The section or sentence of the document the record comes from.',
  })
  note: string | null;
}
