import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { COAHUILA, parseCsv, readZip, startApp } from './support';

// The Frictionless JavaScript library, an independent reader (it ships no types).
const { Package } = require('datapackage');

interface Field {
  name: string;
  type: string;
  format?: string;
  constraints?: {
    required?: boolean;
    unique?: boolean;
    enum?: string[];
    pattern?: string;
    minimum?: number;
    maximum?: number;
  };
}
interface Resource {
  name: string;
  path: string;
  type?: 'table';
  mediatype: string;
  encoding: string;
  bytes: number;
  hash: string;
  dialect: { delimiter: string; lineTerminator: string; header: boolean };
  schema: {
    fields: Field[];
    primaryKey: string[];
    foreignKeys?: { fields: string[]; reference: { resource?: string; fields: string[] } }[];
    missingValues: string[];
  };
}

/** Why a cell does not fit its Table Schema field (v2: types, formats, constraints), or null when it fits. */
function cellProblem(field: Field, cell: string, missing: string[]): string | null {
  const c = field.constraints ?? {};
  if (missing.includes(cell)) return c.required ? 'is required' : null;
  switch (field.type) {
    case 'integer':
      if (!/^-?\d+$/.test(cell)) return `"${cell}" is not an integer`;
      break;
    case 'number':
      if (!/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(cell)) return `"${cell}" is not a bare number`;
      break;
    case 'boolean':
      if (!['true', 'false'].includes(cell)) return `"${cell}" is not true/false`;
      break;
    case 'datetime':
      if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(cell) || Number.isNaN(Date.parse(cell)))
        return `"${cell}" is not an ISO 8601 date-time`;
      break;
    case 'string':
      if (field.format === 'uuid' && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(cell))
        return `"${cell}" is not a uuid`;
      if (field.format === 'uri' && !URL.canParse(cell)) return `"${cell}" is not a URI`;
      break;
    default:
      return `unexpected type ${field.type}`;
  }
  if (c.enum && !c.enum.includes(cell)) return `"${cell}" is not one of ${c.enum.join(', ')}`;
  if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(cell)) return `"${cell}" does not match ${c.pattern}`;
  if (c.minimum !== undefined && Number(cell) < c.minimum) return `${cell} < ${c.minimum}`;
  if (c.maximum !== undefined && Number(cell) > c.maximum) return `${cell} > ${c.maximum}`;
  return null;
}

/** UTF-8's byte-order mark, which the package's files must not start with and the spreadsheet copies must. */
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * The data package as a journalist or a validator receives it: a zip whose datapackage.json is a
 * valid Data Package (v2 profile, vendored) and whose every CSV fits its own Table Schema, keys
 * and references included.
 */
describe('the Frictionless data package', () => {
  let ctx: Awaited<ReturnType<typeof startApp>>;
  let files: Map<string, Buffer>;
  let descriptor: { resources: Resource[]; [key: string]: unknown };
  /** The tables (the other resources are the documents' files). */
  const tables = () => descriptor.resources.filter((r) => r.type === 'table');

  beforeAll(async () => {
    ctx = await startApp('datapackage');
    const response = await fetch(`${ctx.base}/data/exercises/${COAHUILA}/datapackage.zip`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    files = await readZip(Buffer.from(await response.arrayBuffer()));
    descriptor = JSON.parse((files.get('datapackage.json') as Buffer).toString('utf8'));
  });
  afterAll(() => ctx.stop());

  it("holds datapackage.json, every table as CSV (the evaluation and the recommendations too), the documents' files, the data dictionary and the catalogue entry", () => {
    const paths = tables().map((r) => r.path);
    expect(paths).toEqual([
      'organizations.csv',
      'source-documents.csv',
      'commitments.csv',
      'milestones.csv',
      'meetings.csv',
      'information-requests.csv',
      'information-deliveries.csv',
      'sessions.csv',
      'agreements.csv',
      'events.csv',
      'posts.csv',
      'memberships.csv',
      'evaluations.csv',
      'evaluation-criteria.csv',
      'evaluation-scores.csv',
      'recommendations.csv',
      'documents.csv',
    ]);
    // Each document's file once, named by its SHA-256, as a resource of its own: what an import stores.
    const documents = parseCsv((files.get('documents.csv') as Buffer).toString('utf8'));
    const sha256 = documents[0].indexOf('sha256');
    const carried = [...new Set(documents.slice(1).map((d) => `files/${d[sha256]}`))].sort();
    expect(carried.length).toBeGreaterThan(0);
    expect(descriptor.resources.filter((r) => r.type !== 'table').map((r) => r.path)).toEqual(carried);
    expect([...files.keys()].sort()).toEqual(
      [...paths, ...carried, 'catalog.json', 'datapackage.json', 'diccionario-de-datos.csv'].sort(),
    );
  });

  it('is valid against the Data Package 2.0 profile', () => {
    const profile = JSON.parse(readFileSync(join(__dirname, 'profiles', 'datapackage-2.0.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, logger: false });
    addFormats(ajv);
    const validate = ajv.compile(profile);
    const valid = validate(descriptor);
    expect(valid ? [] : validate.errors).toEqual([]);
    const listField = {
      ...descriptor.resources[0],
      schema: { ...descriptor.resources[0].schema, fields: [{ name: 'x', type: 'list' }] },
    };
    expect(validate({ ...descriptor, resources: [listField] })).toBe(false); // the profile has no list type: we write lists as strings
    expect(descriptor).toMatchObject({
      $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
      name: COAHUILA,
      licenses: [expect.objectContaining({ path: 'https://datos.gob.mx/libreusomx' })],
    });
    expect(String(descriptor.created)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it("is the same bytes while the data does not change: created is the data's last change, so the ETag and the checksum repeat", async () => {
    const at = `${ctx.base}/data/exercises/${COAHUILA}/datapackage.zip`;
    const [first, second] = [await fetch(at), await fetch(at)];
    const [a, b] = [Buffer.from(await first.arrayBuffer()), Buffer.from(await second.arrayBuffer())];
    expect(createHash('sha256').update(a).digest('hex')).toBe(createHash('sha256').update(b).digest('hex'));
    expect(first.headers.get('etag')).toBe(second.headers.get('etag'));
    const [exercise] = await ctx.api.dataSource.query(
      `SELECT to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS updated FROM exercise WHERE slug = $1`,
      [COAHUILA],
    );
    expect(String(descriptor.created) >= exercise.updated).toBe(true);
    expect(descriptor.created).toBe(descriptor.version);
  });

  it('gives each file its size and SHA-256, and its encoding: plain UTF-8 without a BOM (an IANA name TextDecoder accepts), CRLF', () => {
    for (const resource of descriptor.resources) {
      const content = files.get(resource.path) as Buffer;
      expect([resource.path, resource.bytes]).toEqual([resource.path, content.length]);
      expect(resource.hash).toBe(`sha256:${createHash('sha256').update(content).digest('hex')}`);
    }
    for (const resource of tables()) {
      const content = files.get(resource.path) as Buffer;
      expect(resource.encoding).toBe('utf-8');
      expect([resource.path, content.subarray(0, 3).equals(BOM)]).toEqual([resource.path, false]);
      expect(new TextDecoder(resource.encoding, { fatal: true }).decode(content)).toBe(content.toString('utf8'));
      expect(resource.dialect).toMatchObject({ delimiter: ',', lineTerminator: '\r\n', header: true });
    }
    expect(() => new TextDecoder('utf-8-sig')).toThrow(/not supported/); // what the package used to declare
    expect((files.get('diccionario-de-datos.csv') as Buffer).subarray(0, 3).equals(BOM)).toBe(false);
  });

  it('gives spreadsheet users their own copy of each CSV, outside the package: the same bytes after a BOM, a text too long for a cell cut and marked', async () => {
    const at = `${ctx.base}/data/exercises/${COAHUILA}`;
    const cut: string[] = [];
    for (const name of [...tables().map((r) => r.name), 'diccionario-de-datos']) {
      const response = await fetch(`${at}/${name}-excel.csv`);
      expect([name, response.status, response.headers.get('content-type')]).toEqual([
        name,
        200,
        'text/csv; charset=utf-8; header=present',
      ]);
      const copy = Buffer.from(await response.arrayBuffer());
      const packaged = files.get(`${name}.csv`) as Buffer;
      expect(files.has(`${name}-excel.csv`)).toBe(false);
      expect(copy.subarray(0, 3).equals(BOM)).toBe(true);
      const whole = parseCsv(packaged.toString('utf8'));
      if (whole.flat().every((cell) => cell.length <= 32_767)) {
        expect([name, copy.equals(Buffer.concat([BOM, packaged]))]).toEqual([name, true]);
        continue;
      }
      // Excel cuts such a cell without a word: the copy cuts it first, keeps the most it can and says so.
      cut.push(name);
      const spreadsheet = parseCsv(copy.subarray(3).toString('utf8'));
      expect(spreadsheet.length).toBe(whole.length);
      whole.forEach((row, r) =>
        row.forEach((cell, c) => {
          const shown = spreadsheet[r][c];
          if (cell.length <= 32_767) return expect(shown).toBe(cell);
          const note = ` […] [Texto cortado: tiene ${cell.length.toLocaleString('es-MX')} caracteres y una celda de hoja de cálculo guarda hasta 32,767; completo en ${name}.csv y ${name}.json]`;
          expect(shown.endsWith(note)).toBe(true);
          expect(shown.length).toBeLessThanOrEqual(32_767);
          expect(cell.startsWith(shown.slice(0, -note.length))).toBe(true);
        }),
      );
    }
    // Coahuila's report is kept whole in source-documents: 32,767 characters are not enough for it.
    expect(cut).toEqual(['source-documents']);
    expect((await fetch(`${at}/commitments-excel.json`)).status).toBe(404);
  });

  it('validates every CSV against its own Table Schema: types, formats, constraints, primary and foreign keys', () => {
    const csvs = new Map(tables().map((r) => [r.name, parseCsv((files.get(r.path) as Buffer).toString('utf8'))]));
    const problems: string[] = [];
    for (const resource of tables()) {
      const [header, ...rows] = csvs.get(resource.name) as string[][];
      const { fields, primaryKey, foreignKeys = [], missingValues } = resource.schema;
      expect([resource.name, header]).toEqual([resource.name, fields.map((f) => f.name)]);
      const seen = new Set<string>();
      rows.forEach((row, r) => {
        if (row.length !== fields.length) problems.push(`${resource.path} row ${r + 2}: ${row.length} cells`);
        fields.forEach((field, f) => {
          const problem = cellProblem(field, row[f], missingValues);
          if (problem) problems.push(`${resource.path} row ${r + 2} ${field.name}: ${problem}`);
        });
        const key = primaryKey.map((name) => row[header.indexOf(name)]).join('|');
        if (seen.has(key)) problems.push(`${resource.path} row ${r + 2}: primary key ${key} repeated`);
        seen.add(key);
        for (const foreign of foreignKeys) {
          const values = foreign.fields.map((name) => row[header.indexOf(name)]);
          if (values.every((v) => missingValues.includes(v))) continue;
          const [targetHeader, ...targetRows] = csvs.get(foreign.reference.resource ?? resource.name) as string[][];
          const positions = foreign.reference.fields.map((name) => targetHeader.indexOf(name));
          if (!targetRows.some((target) => positions.every((p, i) => target[p] === values[i])))
            problems.push(
              `${resource.path} row ${r + 2}: ${foreign.fields} ${values} not in ${foreign.reference.resource ?? resource.name}`,
            );
        }
      });
      for (const field of fields.filter((f) => f.constraints?.unique)) {
        const column = rows.map((row) => row[header.indexOf(field.name)]).filter((v) => !missingValues.includes(v));
        if (new Set(column).size !== column.length) problems.push(`${resource.path}: ${field.name} is not unique`);
      }
    }
    expect(problems).toEqual([]);
    expect(csvs.get('sessions')?.length).toBe(1 + 9);
    // The checks catch what they are for.
    expect(cellProblem({ name: 'pages', type: 'integer' }, '11,169', [''])).toMatch(/not an integer/);
    expect(
      cellProblem(
        { name: 'date', type: 'string', constraints: { pattern: '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$' } },
        '15/02/2017',
        [''],
      ),
    ).toMatch(/does not match/);
    expect(cellProblem({ name: 'id', type: 'string', constraints: { required: true } }, '', [''])).toBe('is required');
  });

  it('serves the same descriptor next to the CSVs, sizes and hashes included, whose paths it resolves', async () => {
    const remote = await (await fetch(`${ctx.base}/data/exercises/${COAHUILA}/datapackage.json`)).json();
    expect(remote).toEqual(descriptor);
    expect((remote.resources as Resource[]).every((r) => r.bytes > 0 && /^sha256:[0-9a-f]{64}$/.test(r.hash))).toBe(
      true,
    );
    for (const resource of remote.resources as Resource[]) {
      const file = Buffer.from(
        await (
          await fetch(new URL(resource.path, `${ctx.base}/data/exercises/${COAHUILA}/datapackage.json`))
        ).arrayBuffer(),
      );
      expect(file.equals(files.get(resource.path) as Buffer)).toBe(true);
    }
  });

  it('is read by the Frictionless JavaScript library (datapackage): every resource, typed, with its foreign keys, from the zip and from the server', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'datapackage-'));
    try {
      for (const [name, content] of files) {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), content);
      }
      const local = await Package.load(join(dir, 'datapackage.json'), undefined, true);
      const remote = await Package.load(`${ctx.base}/data/exercises/${COAHUILA}/datapackage.json`, undefined, true);
      for (const dataPackage of [local, remote]) {
        expect([dataPackage.valid, dataPackage.errors]).toEqual([true, []]);
        expect(dataPackage.resourceNames).toEqual(descriptor.resources.map((r) => r.name));
        for (const resource of dataPackage.resources) {
          const table = tables().some((r) => r.name === resource.name);
          expect([resource.name, resource.tabular]).toEqual([resource.name, table]);
          if (!table) {
            // A document's file, read as bytes: those the descriptor's hash names.
            const bytes: Buffer = await resource.rawRead();
            expect(`sha256:${createHash('sha256').update(bytes).digest('hex')}`).toBe(resource.descriptor.hash);
            continue;
          }
          // cast: every cell to its field's type and constraints; relations: every foreign key resolved.
          const rows: Record<string, unknown>[] = await resource.read({ keyed: true, cast: true, relations: true });
          const csv = parseCsv((files.get(`${resource.name}.csv`) as Buffer).toString('utf8'));
          expect([resource.name, rows.length]).toEqual([resource.name, csv.length - 1]);
          if (resource.name === 'commitments')
            expect(rows.map((row) => typeof row.pages_delivered)).toContain('number');
        }
      }
      // It refuses what it should: the encoding the package used to declare, and a broken reference.
      const declared = JSON.parse((files.get('datapackage.json') as Buffer).toString('utf8'));
      writeFileSync(
        join(dir, 'datapackage.json'),
        JSON.stringify({
          ...declared,
          resources: declared.resources.map((r: Resource) => ({ ...r, encoding: 'utf-8-sig' })),
        }),
      );
      const withSig = await Package.load(join(dir, 'datapackage.json'));
      await expect(withSig.getResource('commitments').read({ cast: true })).rejects.toThrow(
        /Unknown encoding: utf-8-sig/,
      );
      writeFileSync(join(dir, 'datapackage.json'), files.get('datapackage.json') as Buffer);
      const deliveries = (files.get('information-deliveries.csv') as Buffer).toString('utf8');
      const broken = deliveries.replace(
        /\r\n([0-9a-f-]{36}),[0-9a-f-]{36},/,
        '\r\n$1,00000000-0000-4000-8000-000000000000,',
      );
      expect(broken).not.toBe(deliveries);
      writeFileSync(join(dir, 'information-deliveries.csv'), broken);
      const changed = await Package.load(join(dir, 'datapackage.json'));
      await expect(changed.getResource('information-deliveries').read({ relations: true })).rejects.toThrow(
        /[Ff]oreign key "commitment_id" violation/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('describes every column in the data dictionary', () => {
    const [header, ...rows] = parseCsv((files.get('diccionario-de-datos.csv') as Buffer).toString('utf8'));
    expect(header).toEqual(['file', 'field', 'title', 'type', 'format', 'required', 'allowed_values', 'description']);
    expect(rows).toHaveLength(tables().reduce((sum, r) => sum + r.schema.fields.length, 0));
    expect(rows.every((row) => row[2] && row[7])).toBe(true);
  });

  it("publishes a catalogue entry with the fields Mexico's open-data guide asks for, each download at a stable address", async () => {
    process.env.OPEN_DATA_CONTACT_EMAIL = 'datos@icai.org.mx';
    const response = await fetch(`${ctx.base}/data/exercises/${COAHUILA}/catalog.json`);
    delete process.env.OPEN_DATA_CONTACT_EMAIL;
    const entry = await response.json();
    expect(entry['@context'].dcat).toBe('http://www.w3.org/ns/dcat#');
    for (const field of [
      'identifier',
      'title',
      'description',
      'keyword',
      'modified',
      'contactPoint',
      'mbox',
      'temporal',
      'spatial',
      'landingPage',
      'accrualPeriodicity',
      'distribution',
    ])
      expect([field, entry[field]]).toEqual([field, expect.anything()]);
    expect(entry).toMatchObject({
      '@type': 'Dataset',
      mbox: 'mailto:datos@icai.org.mx',
      landingPage: `${ctx.base}/data/exercises/${COAHUILA}/`,
    });
    expect(entry.contactPoint).toMatchObject({
      fn: expect.stringContaining('Instituto Coahuilense'),
      hasEmail: 'mailto:datos@icai.org.mx',
    });
    // DCAT 3: things, not strings. The context makes these IRIs; the period and the place are classes.
    const context = entry['@context'];
    for (const term of ['language', 'accrualPeriodicity', 'mediaType', 'mbox'])
      expect([term, context[term]['@type']]).toEqual([term, '@id']);
    expect(entry.language).toBe('http://id.loc.gov/vocabulary/iso639-1/es');
    expect(entry.accrualPeriodicity).toBe('http://purl.org/cld/freq/irregular');
    expect(entry.temporal).toEqual({
      '@type': 'PeriodOfTime',
      startDate: {
        '@value': expect.stringMatching(/^2015/),
        '@type': expect.stringMatching(/^xsd:(gYear|gYearMonth|date)$/),
      },
      endDate: { '@value': expect.stringMatching(/^2017/), '@type': expect.stringMatching(/^xsd:/) },
    });
    expect(context.PeriodOfTime).toBe('dct:PeriodOfTime');
    expect(entry.spatial).toMatchObject({
      '@type': 'Location',
      identifier: '05',
      notation: expect.arrayContaining(['05', 'MX-COA']),
      prefLabel: { '@value': 'Coahuila de Zaragoza', '@language': 'es' },
    });
    expect(context.Location).toBe('dct:Location');
    for (const distribution of entry.distribution) {
      expect(distribution.mediaType).toMatch(
        /^https:\/\/www\.iana\.org\/assignments\/media-types\/(text|application)\/[a-z+.-]+$/,
      );
      const download = await fetch(distribution.downloadURL);
      expect([distribution.downloadURL, download.status]).toEqual([distribution.downloadURL, 200]);
      await download.arrayBuffer();
    }
    const unset = await (await fetch(`${ctx.base}/data/exercises/${COAHUILA}/catalog.json`)).json();
    expect([unset.mbox, unset.contactPoint.hasEmail]).toEqual([undefined, undefined]); // never an invented address
    const catalog = await (await fetch(`${ctx.base}/data/catalog.json`)).json();
    expect(catalog['@type']).toBe('Catalog');
    expect(catalog.language).toBe('http://id.loc.gov/vocabulary/iso639-1/es');
    expect(catalog.dataset.map((d: { identifier: string }) => d.identifier)).toContain(entry.identifier);
  });
});
