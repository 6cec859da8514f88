import { createHash } from 'node:crypto';
import type { Writable } from 'node:stream';
import express from 'express';
import type { EntityManager } from 'typeorm';
import type { RequestManager } from '../../db/sql-counter';
import type { PublicReadCache } from '../../common/http-cache';
import { logEvent, type LogSink } from '../../common/log';
import { preparedQuery } from '../../common/prepared';
import { unaskedLeftOut } from '../exercise/exercise.filter';
import { COMPARISON_RESOURCE, comparisonRows } from './comparison';
import { dataDictionaryCsv, dataPackage, dcatCatalog, dcatEntry, type WrittenFile } from './descriptors';
import { baseUrl, exerciseMetaSql, toExerciseMeta, type ExerciseMeta } from './exercise-meta';
import { csvChunks, DownloadAborted, excelName, jsonChunks, writeChunk } from './formats';
import { exercisePage, exercisesPage, LANDING_PAGE_CSP } from './landing';
import { popoloChunks } from './popolo';
import { contentChunks, filePath } from '../document/document.storage';
import {
  documentFilePath,
  documentFiles,
  RESOURCES,
  resourceByName,
  resourceParams,
  type PackagedFile,
  type Resource,
} from './resources';
import { inSnapshot, type ReadSnapshot } from './snapshot';
import { ZipWriter } from './zip';

/** How long a CDN may reuse a download before revalidating it (a 304 while the data is unchanged); browsers revalidate each time. */
export const DOWNLOAD_MAX_AGE_SECONDS = 300;

/** Public data for any site: any origin may read it, never with credentials (no cookie is read here). */
export const publicReadHeaders: express.RequestHandler = (_req, res, next) => {
  res.setHeader('access-control-allow-origin', '*');
  res.setHeader('access-control-expose-headers', 'etag');
  next();
};

/**
 * A failure answering public data: logged; answered "Internal error", never cached, when nothing
 * was sent yet; otherwise the connection is cut (the client sees an incomplete file, never a wrong one).
 */
function fail(res: express.Response, log: LogSink, message: string, error: unknown): void {
  logEvent(log, 'error', message, { path: res.req.originalUrl, error: String((error as Error)?.stack ?? error) });
  if (res.headersSent) {
    res.destroy(error as Error);
    return;
  }
  for (const header of ['etag', 'content-disposition']) res.removeHeader(header);
  res.setHeader('cache-control', 'no-store');
  res.status(500).type('text/plain').send('Internal error');
}

/** 404 with `message`; no ETag, so no cache keeps the miss past the next change. */
export function notFound(res: express.Response, message: string): void {
  res.removeHeader('etag');
  res.status(404).type('text/plain').send(message);
}

export const NO_SUCH_EXERCISE = 'No hay un ejercicio público con esa clave.';

/** Failures outside a download (the exercise's lookup). */
export const publicDataErrors =
  (log: LogSink): express.ErrorRequestHandler =>
  (error, _req, res, _next) =>
    fail(res, log, 'public data request failed', error);

/** The public exercise with this slug, or null; `base`: the public address. */
export async function findExercise(manager: EntityManager, slug: string, base: string): Promise<ExerciseMeta | null> {
  const [row] = await preparedQuery(manager, exerciseMetaSql('x.slug = $2'), [base, slug]);
  return row ? toExerciseMeta(row) : null;
}

/** Writes the response body with `write`, then ends it; a client that leaves just stops the reading. */
async function stream(res: express.Response, log: LogSink, write: (out: Writable) => Promise<void>): Promise<void> {
  try {
    await write(res);
    res.end();
  } catch (error) {
    if (error instanceof DownloadAborted) return;
    fail(res, log, 'download failed', error);
  }
}

const chunksTo = (chunks: AsyncIterable<string | Buffer>) => async (out: Writable) => {
  for await (const chunk of chunks) await writeChunk(out, chunk);
};

const attachment = (res: express.Response, filename: string) =>
  res.setHeader('content-disposition', `attachment; filename="${filename}"`);

/**
 * A table as the file `filename` asks for: `.csv` (the package's, plain UTF-8), `-excel.csv` (the
 * spreadsheet's copy, with a BOM) or `.json`; sets the response's type.
 */
function tableFile(
  res: express.Response,
  filename: string,
  resource: Resource,
  batches: AsyncIterable<Record<string, unknown>[]>,
): AsyncIterable<string> {
  if (filename.endsWith('.json')) {
    res.type('application/json');
    return jsonChunks(resource, batches);
  }
  res.type('text/csv; charset=utf-8; header=present');
  attachment(res, filename);
  return csvChunks(resource, batches, filename.endsWith('-excel.csv') ? 'excel' : 'package');
}

/** The document files the package carries, read in `snapshot`. */
const snapshotFiles = (snapshot: ReadSnapshot, meta: ExerciseMeta, base: string) =>
  documentFiles((sql, params) => snapshot.query<PackagedFile>(sql, params), meta.id, base);

/** Each table's CSV as the package holds it, measured (size and SHA-256) as it is written, never kept. */
async function measureTables(
  meta: ExerciseMeta,
  base: string,
  snapshot: ReadSnapshot,
): Promise<Map<string, WrittenFile>> {
  const written = new Map<string, WrittenFile>();
  for (const resource of RESOURCES) {
    const hash = createHash('sha256');
    let bytes = 0;
    for await (const chunk of csvChunks(
      resource,
      snapshot.batches(resource.sql, resourceParams(resource, meta.id, base)),
    )) {
      const data = Buffer.from(chunk, 'utf8');
      hash.update(data);
      bytes += data.length;
    }
    written.set(`${resource.name}.csv`, { bytes, sha256: hash.digest('hex') });
  }
  return written;
}

/**
 * /data: the open data of every public exercise, at stable addresses.
 *
 * - `/data/` and `/data/catalog.json`: the list of real exercises, for people and for harvesters (DCAT);
 * - `/data/exercises/<slug>/`: the exercise's landing page;
 * - `/data/exercises/<slug>/<table>.csv` and `.json`: each table (commitments, milestones,
 *   meetings, information-requests, information-deliveries, sessions, agreements, events, posts,
 *   memberships, evaluations, evaluation-criteria, evaluation-scores, recommendations, documents);
 *   `<table>-excel.csv`: the same CSV with a BOM, for spreadsheets (outside the package);
 * - `/data/exercises/<slug>/datapackage.zip`: all of them as a Frictionless Data Package, read in
 *   one snapshot, with `datapackage.json`, the data dictionary and the catalogue entry;
 * - `/data/sources/<key>.txt`: the text of a source document the platform keeps;
 * - `/data/exercises/<slug>/datapackage.json` (with each file's size and hash),
 *   `diccionario-de-datos.csv` (and `-excel.csv`), `popolo.json`, `catalog.json`.
 *
 * Every answer carries an ETag from the data version: a revalidation costs no SQL. Files stream
 * from server-side cursors, so memory stays flat whatever their size.
 */
/**
 * The public real exercises, by state and start: synthetic and demonstration ones are never listed
 * beside them (exercise.filter.ts); their own pages stay at their addresses and say what they are.
 */
const REAL_EXERCISES_SQL = `${exerciseMetaSql(unaskedLeftOut('x'))} ORDER BY st.code, x.start_date, x.slug`;

export function openDataRouter(managerFor: RequestManager, cache: PublicReadCache, log: LogSink): express.Router {
  const router = express.Router();
  router.use(publicReadHeaders);

  /** Conditional GET first (no SQL on a match), then the exercise (404 when it is not public). */
  const withExercise =
    (
      handler: (req: express.Request, res: express.Response, meta: ExerciseMeta) => Promise<void> | void,
    ): express.RequestHandler =>
    async (req, res) => {
      if (cache.notModified(req, res, DOWNLOAD_MAX_AGE_SECONDS)) return;
      const meta = await findExercise(managerFor(res), String(req.params.slug), baseUrl(req));
      if (!meta) return notFound(res, NO_SUCH_EXERCISE);
      await handler(req, res, meta);
    };

  router.get('/', async (req, res) => {
    if (cache.notModified(req, res, DOWNLOAD_MAX_AGE_SECONDS)) return;
    const rows = await preparedQuery(managerFor(res), REAL_EXERCISES_SQL, [baseUrl(req)]);
    res
      .set('content-security-policy', LANDING_PAGE_CSP)
      .type('html')
      .send(exercisesPage(rows.map(toExerciseMeta)));
  });

  // The real exercises side by side (never synthetic or demonstration ones): the evaluator's comparison as open data.
  for (const file of [
    `${COMPARISON_RESOURCE.name}.csv`,
    excelName(COMPARISON_RESOURCE.name),
    `${COMPARISON_RESOURCE.name}.json`,
  ]) {
    router.get(`/${file}`, async (req, res) => {
      if (cache.notModified(req, res, DOWNLOAD_MAX_AGE_SECONDS)) return;
      const manager = managerFor(res);
      const real = (await preparedQuery(manager, REAL_EXERCISES_SQL, [baseUrl(req)])).map(toExerciseMeta);
      const rows = await comparisonRows(
        manager,
        real.map((meta) => meta.id),
      );
      const batches = (async function* () {
        yield rows;
      })();
      await stream(res, log, chunksTo(tableFile(res, file, COMPARISON_RESOURCE, batches)));
    });
  }

  // The texts of the source documents the platform keeps: every record's source has an address.
  router.get('/sources/:file', async (req, res) => {
    if (cache.notModified(req, res, DOWNLOAD_MAX_AGE_SECONDS)) return;
    const key = /^([a-z0-9-]+)\.txt$/.exec(String(req.params.file))?.[1];
    const [row] = key
      ? await preparedQuery(
          managerFor(res),
          'SELECT sd.text FROM source_document sd WHERE sd.key = $1 AND sd.text IS NOT NULL',
          [key],
        )
      : [];
    if (!row) return notFound(res, 'No hay un documento fuente con esa clave.');
    res.type('text/plain; charset=utf-8').send(row.text);
  });

  router.get('/catalog.json', async (req, res) => {
    if (cache.notModified(req, res, DOWNLOAD_MAX_AGE_SECONDS)) return;
    const rows = await preparedQuery(managerFor(res), REAL_EXERCISES_SQL, [baseUrl(req)]);
    res.type('application/ld+json').send(JSON.stringify(dcatCatalog(rows.map(toExerciseMeta), baseUrl(req)), null, 2));
  });

  router.get(
    '/exercises/:slug',
    withExercise((_req, res, meta) => {
      res.set('content-security-policy', LANDING_PAGE_CSP).type('html').send(exercisePage(meta));
    }),
  );

  // A document file's path in the package, resolved next to datapackage.json: the file's own address, when a public document of the exercise has it.
  router.get(
    '/exercises/:slug/files/:sha256',
    withExercise(async (req, res, meta) => {
      const sha256 = String(req.params.sha256);
      const documents = resourceByName('documents') as Resource;
      const [row] = await preparedQuery(
        managerFor(res),
        `SELECT d.file_name FROM (${documents.sql}) d WHERE d.sha256 = $3 ORDER BY d.file_name LIMIT 1`,
        [...resourceParams(documents, meta.id, baseUrl(req)), sha256],
      );
      if (!row) return notFound(res, 'No hay un archivo con esa clave en este ejercicio.');
      res.redirect(302, filePath(sha256, String(row.file_name)));
    }),
  );

  router.get(
    '/exercises/:slug/:file',
    withExercise(async (req, res, meta) => {
      const file = String(req.params.file);
      const base = baseUrl(req);
      switch (file) {
        case 'catalog.json':
          res.type('application/ld+json').send(JSON.stringify(dcatEntry(meta, base), null, 2));
          return;
        case 'datapackage.json': {
          const [written, files] = await inSnapshot(managerFor(res), async (snapshot) => [
            await measureTables(meta, base, snapshot),
            await snapshotFiles(snapshot, meta, base),
          ]);
          res.type('application/json').send(JSON.stringify(dataPackage(meta, base, written, files), null, 2));
          return;
        }
        case 'diccionario-de-datos.csv':
        case excelName('diccionario-de-datos'):
          res.type('text/csv; charset=utf-8; header=present');
          attachment(res, file);
          res.send(dataDictionaryCsv(file === 'diccionario-de-datos.csv' ? 'package' : 'excel'));
          return;
        case 'popolo.json':
          res.type('application/json');
          await inSnapshot(managerFor(res), (snapshot) =>
            stream(res, log, chunksTo(popoloChunks(snapshot, meta, base))),
          );
          return;
        case 'datapackage.zip':
          res.type('application/zip');
          attachment(res, `${meta.slug}.zip`);
          await inSnapshot(managerFor(res), (snapshot) =>
            stream(res, log, (out) => writeDataPackage(out, meta, base, snapshot)),
          );
          return;
      }
      const match = /^([a-z-]+?)(\.csv|-excel\.csv|\.json)$/.exec(file);
      const resource = match ? resourceByName(match[1]) : undefined;
      if (!match || !resource) return notFound(res, 'No existe ese archivo.');
      await inSnapshot(managerFor(res), (snapshot) =>
        stream(
          res,
          log,
          chunksTo(
            tableFile(
              res,
              `${meta.slug}_${file}`,
              resource,
              snapshot.batches(resource.sql, resourceParams(resource, meta.id, base)),
            ),
          ),
        ),
      );
    }),
  );

  router.use(publicDataErrors(log));
  return router;
}

/**
 * The data package as a zip, written while it is read: every CSV (all from one snapshot), the
 * documents' files (files/<sha256>, a few chunks at a time), then the data dictionary, the catalogue entry and last datapackage.json, which carries each file's
 * size and SHA-256.
 */
export async function writeDataPackage(
  out: Writable,
  meta: ExerciseMeta,
  base: string,
  snapshot: ReadSnapshot,
): Promise<void> {
  const zip = new ZipWriter(out, new Date(meta.modified));
  const written = new Map<string, WrittenFile>();
  for (const resource of RESOURCES) {
    const entry = await zip.add(
      `${resource.name}.csv`,
      csvChunks(resource, snapshot.batches(resource.sql, resourceParams(resource, meta.id, base))),
    );
    written.set(entry.name, entry);
  }
  const files = await snapshotFiles(snapshot, meta, base);
  for (const file of files) {
    const chunks = contentChunks((sql, params) => snapshot.query(sql, params), file.sha256);
    const entry = await zip.add(documentFilePath(file.sha256), chunks);
    written.set(entry.name, entry);
  }
  await zip.add('diccionario-de-datos.csv', [dataDictionaryCsv()]);
  await zip.add('catalog.json', [JSON.stringify(dcatEntry(meta, base), null, 2)]);
  await zip.add('datapackage.json', [JSON.stringify(dataPackage(meta, base, written, files), null, 2)]);
  await zip.finish();
}
