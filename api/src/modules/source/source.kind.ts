import { defineRecordKind } from '../../common/record-kind';
import { SourceDocument } from './source-document.entity';

/** The reports records come from: public reference, of no state. */
export const sourceDocumentKind = defineRecordKind({
  table: 'source_document',
  entity: SourceDocument,
  reach: 'always',
});
