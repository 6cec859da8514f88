import { publicCondition } from '../../common/public-reach';
import { filePathSql } from '../document/document.storage';

/**
 * The one definition of a source document's address, used by every channel that gives one (the
 * CSV/JSON `source_url`, Popolo's links, the data package's and the catalogue's sources, the
 * exercise's page, GraphQL's `SourceDocument.path`): the file of its report document when the
 * platform stores the report and it is published (/files/<sha256>/<name>), else the platform's
 * copy of its text when it keeps one (/data/sources/<key>.txt), else the document's own address,
 * else none. Keys are slugs ([a-z0-9-]), so they need no escaping in a path.
 */

/** Where, under the public base address, the platform serves the texts it keeps (opendata.router.ts). */
const SOURCES_PATH = '/data/sources/';
const TEXT_EXTENSION = '.txt';

/** The path on this server of the text of the source document `key`. */
export const sourceTextPath = (key: string) => `${SOURCES_PATH}${key}${TEXT_EXTENSION}`;

/**
 * The source document an address served by some instance names (a package's `source_url` read
 * back by the importer): by key for a text copy, by SHA-256 for a stored file, else null.
 */
export function servedSourceOf(address: string): { key: string } | { sha256: string } | null {
  const text = /\/data\/sources\/([a-z0-9-]+)\.txt$/.exec(address);
  if (text) return { key: text[1] };
  const file = /\/files\/([0-9a-f]{64})\/[^/]+$/.exec(address);
  return file ? { sha256: file[1] } : null;
}

/**
 * SQL for the path on this server of the source document aliased `sd`: its published report
 * document's file, else its text; NULL when it serves neither.
 */
export const sourcePathSql = (sd: string) =>
  `COALESCE((SELECT ${filePathSql('report.content_sha256', 'report.file_name')} FROM document report WHERE report.id = ${sd}.report_document_id AND ${publicCondition('document', 'report')}), CASE WHEN ${sd}.text IS NOT NULL THEN '${SOURCES_PATH}' || ${sd}.key || '${TEXT_EXTENSION}' END)`;

/**
 * SQL for the address of the source document aliased `sd`; `base` is an SQL text expression
 * holding the public base address (PUBLIC_BASE_URL or the request's).
 */
export const sourceAddressSql = (sd: string, base: string) => `COALESCE(${base} || ${sourcePathSql(sd)}, ${sd}.url)`;

/** SQL for the address of the source document of record `a` (source documents have no publication state: always public). */
export const recordSourceAddressSql = (a: string, base: string) =>
  `(SELECT ${sourceAddressSql('sd', base)} FROM source_document sd WHERE sd.id = ${a}.source_document_id)`;
