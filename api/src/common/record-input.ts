import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Publication } from './publication';
import { SOURCE_NOTE } from './field-limits';

/** Fields every record input shares: publication and source. */
@InputType({ description: 'Fields every record input shares.' })
export abstract class RecordInput {
  @Field(() => Publication, {
    nullable: true,
    description: 'DRAFT or PUBLISHED; a new record is a DRAFT unless this says otherwise.',
  })
  publication?: Publication;

  @Field(() => ID, { nullable: true, description: 'The source document the record comes from.' })
  sourceDocumentId?: string | null;

  @Field(() => String, { nullable: true, description: 'The section or sentence of the source the record comes from.' })
  @MaxLength(SOURCE_NOTE)
  sourceNote?: string | null;
}
