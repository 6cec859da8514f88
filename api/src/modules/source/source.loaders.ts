import { byId, rowsByKey } from '../../common/loaders';
import { sourcePathSql } from './source-address';
import { SourceDocument } from './source-document.entity';

export const sourceDocumentById = byId(SourceDocument);

/** Where this server serves each source document (source-address.ts), by id; null when it serves none. */
export const sourcePathById = rowsByKey<{ key: string; path: string | null }, string | null>(
  `SELECT sd.id AS key, ${sourcePathSql('sd')} AS path FROM source_document sd WHERE sd.id = ANY($1)`,
  (row) => row?.path ?? null,
);
