import { byId } from '../../common/loaders';
import { SourceDocument } from './source-document.entity';

export const sourceDocumentById = byId(SourceDocument);
