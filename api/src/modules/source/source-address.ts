/**
 * The one definition of a source document's address, used by every channel that gives one (the
 * CSV/JSON `source_url`, Popolo's links, the data package's and the catalogue's sources, the
 * exercise's page, GraphQL's `SourceDocument.textPath`): the platform's copy of its text when it keeps one, served at
 * /data/sources/<key>.txt, else the document's own address, else none. Keys are slugs
 * ([a-z0-9-]), so they need no escaping in a path.
 */

/** Where, under the public base address, the platform serves the texts it keeps (opendata.router.ts). */
const SOURCES_PATH = '/data/sources/';
const TEXT_EXTENSION = '.txt';

/** The path on this server of the text of the source document `key` (GraphQL gives on-server addresses as paths). */
export const sourceTextPath = (key: string) => `${SOURCES_PATH}${key}${TEXT_EXTENSION}`;

/** The key of a source document whose text the platform serves at `address` (any instance's), else null. */
export const sourceTextKeyOf = (address: string): string | null =>
  /\/data\/sources\/([a-z0-9-]+)\.txt$/.exec(address)?.[1] ?? null;

/**
 * SQL for the address of the source document aliased `sd`; `base` is an SQL text expression
 * holding the public base address (PUBLIC_BASE_URL or the request's).
 */
export const sourceAddressSql = (sd: string, base: string) =>
  `CASE WHEN ${sd}.text IS NOT NULL THEN ${base} || '${SOURCES_PATH}' || ${sd}.key || '${TEXT_EXTENSION}' ELSE ${sd}.url END`;

/** SQL for the address of the source document of record `a` (source documents have no publication state: always public). */
export const recordSourceAddressSql = (a: string, base: string) =>
  `(SELECT ${sourceAddressSql('sd', base)} FROM source_document sd WHERE sd.id = ${a}.source_document_id)`;
