import yauzl from 'yauzl';
import type { DataSource } from 'typeorm';
import { ApolloServer } from '@apollo/server';
import { createApp, type App } from '../../api/src/app';
import { newRequestScope } from '../../api/src/db/sql-counter';
import { createContext, type Context } from '../../api/src/common/context';
import { buildAppSchema } from '../../api/src/schema';
import { DataVersion } from '../../api/src/common/data-version';
import { seedId } from '../../api/src/seed/upsert';
import { TestApi } from '../support/api';
import { ownDatabase } from '../support/databases';
import { listen } from '../support/listen';
import { PUBLIC_VIEWER, type Viewer } from '../../api/src/common/viewer';

export const COAHUILA = 'coahuila-2015-2017';
export const COAHUILA_ID = seedId(`exercise:${COAHUILA}`);

/**
 * The real app (every router, both GraphQL endpoints) on a database of this test file's own (see
 * isolatedDatabase), on a free port, with the schema over the same database for direct operations.
 */
export async function startApp(label: string) {
  const db = await isolatedDatabase(label);
  const schema = await apiOn(db.dataSource);
  const { app, base, logged, stop } = await startAppOn(db.dataSource);
  return {
    api: { ...schema, dataSource: db.dataSource },
    app,
    base,
    logged,
    url: db.url,
    stop: async () => {
      await stop();
      await schema.stop();
      await db.drop();
    },
  };
}

/** A database of this test file's own (see ownDatabase): these tests publish exercises and write much. */
export const isolatedDatabase = (label: string) => ownDatabase(label);

/** The real app over a given data source (an isolated database), on a free port. */
export async function startAppOn(
  dataSource: DataSource,
): Promise<{ app: App; base: string; logged: string[]; stop(): Promise<void> }> {
  const logged: string[] = [];
  const app = await createApp(dataSource, (line) => logged.push(line));
  return {
    app,
    base: await listen(app.server),
    logged,
    stop: () => app.stop(),
  };
}

/** The schema over any data source (an isolated database), as TestApi is over the shared one. */
export async function apiOn(dataSource: DataSource) {
  const apollo = new ApolloServer<Context>({
    schema: await buildAppSchema(),
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();
  return {
    async data<T = Record<string, any>>(
      query: string,
      variables?: Record<string, unknown>,
      viewer: Viewer = PUBLIC_VIEWER,
    ): Promise<T> {
      const response = await apollo.executeOperation(
        { query, variables },
        { contextValue: createContext(dataSource.manager, newRequestScope('test-request'), viewer) },
      );
      if (response.body.kind !== 'single') throw new Error('incremental delivery is not used here');
      if (response.body.singleResult.errors?.length)
        throw new Error(`GraphQL errors: ${JSON.stringify(response.body.singleResult.errors)}`);
      return response.body.singleResult.data as T;
    },
    stop: () => apollo.stop(),
  };
}

/** A GraphQL operation POSTed to `/graphql` (with `cookie`, as a signed-in account); fails the test on errors. */
export async function graphql<T = Record<string, any>>(
  base: string,
  query: string,
  variables: Record<string, unknown> = {},
  cookie?: string,
): Promise<T> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

/** RFC 4180: comma, double quotes (doubled inside), records ended by CRLF. Returns the records, header first. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else if (c === '\n') throw new Error(`a bare LF ends record ${records.length + 1}: records must end with CRLF`);
    else field += c;
  }
  if (field !== '' || record.length) throw new Error('the last record does not end with CRLF');
  return records;
}

/** A CSV as objects keyed by the header (the BOM removed). */
export function csvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
}

/**
 * The files of a zip archive, read with yauzl (an independent reader, which checks each entry's
 * local header against the central directory and its size once inflated).
 */
export function readZip(archive: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(archive, { lazyEntries: true, validateEntrySizes: true, strictFileNames: true }, (error, zip) => {
      if (error) return reject(error);
      const files = new Map<string, Buffer>();
      zip.on('error', reject);
      zip.on('end', () => resolve(files));
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (openError, stream) => {
          if (openError) return reject(openError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', reject);
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

/**
 * Follows the data version the way every API process does, so a test can tell whether a change
 * (its own or another test file's: they share the database) happened between two requests.
 */
export async function watchVersion(
  url = process.env.TEST_DATABASE_URL as string,
): Promise<{ changes: () => number; stop(): Promise<void> }> {
  const version = new DataVersion({ connectionString: url });
  let changes = 0;
  version.onChange(() => (changes += 1));
  await version.start();
  return { changes: () => changes, stop: () => version.stop() };
}

/**
 * Asserts that `request` answers 304 when nothing changed in between; a 200 is accepted only
 * when the data version changed meanwhile (another test file wrote), and then it tries again.
 */
export async function expectNotModified(
  first: () => Promise<Response>,
  conditional: (etag: string) => Promise<Response>,
  watch: { changes: () => number },
): Promise<Response> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const before = watch.changes();
    const response = await first();
    const etag = response.headers.get('etag');
    if (!etag) throw new Error(`no ETag (status ${response.status})`);
    await response.arrayBuffer();
    const again = await conditional(etag);
    if (again.status === 304) return again;
    await again.arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, 20));
    if (watch.changes() === before)
      throw new Error(`answered ${again.status} instead of 304 although the data did not change`);
  }
  throw new Error('the data kept changing: no quiet moment for a 304 in 20 attempts');
}

/** A published exercise of this test's own in Coahuila (the seeded one stays as the report has it), with a plan and a Secretariat. */
export async function sandboxExercise(api: Pick<TestApi, 'data'>, institute: Viewer, label: string) {
  const create = async (name: string, input: Record<string, unknown>) =>
    (await api.data(`mutation($i: ${name}Input!) { record: create${name}(input: $i) { id } }`, { i: input }, institute))
      .record.id as string;
  const slug = `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const exercise = await create('Exercise', {
    slug,
    title: `Ejercicio de prueba (${label})`,
    stateId: seedId('state:MX-COA'),
    publication: 'PUBLISHED',
  });
  const plan = await create('ActionPlan', { exerciseId: exercise, title: 'Plan de prueba', publication: 'PUBLISHED' });
  const secretariat = await create('Secretariat', {
    exerciseId: exercise,
    name: 'Secretariado de prueba',
    publication: 'PUBLISHED',
  });
  return { slug, exercise, plan, secretariat, create };
}
