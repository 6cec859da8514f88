import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { COAHUILA, parseCsv, readZip, startApp } from './support';

interface Field {
  name: string;
  type: string;
  format?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[]; pattern?: string; minimum?: number; maximum?: number };
}
interface Resource {
  name: string;
  path: string;
  encoding: string;
  bytes: number;
  hash: string;
  dialect: { delimiter: string; lineTerminator: string; header: boolean };
  schema: { fields: Field[]; primaryKey: string[]; foreignKeys?: { fields: string[]; reference: { resource?: string; fields: string[] } }[]; missingValues: string[] };
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
      if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(cell) || Number.isNaN(Date.parse(cell))) return `"${cell}" is not an ISO 8601 date-time`;
      break;
    case 'string':
      if (field.format === 'uuid' && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(cell)) return `"${cell}" is not a uuid`;
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

/**
 * The data package as a journalist or a validator receives it: a zip whose datapackage.json is a
 * valid Data Package (v2 profile, vendored) and whose every CSV fits its own Table Schema, keys
 * and references included.
 */
describe('the Frictionless data package', () => {
  let ctx: Awaited<ReturnType<typeof startApp>>;
  let files: Map<string, Buffer>;
  let descriptor: { resources: Resource[]; [key: string]: unknown };

  beforeAll(async () => {
    ctx = await startApp('datapackage');
    const response = await fetch(`${ctx.base}/data/exercises/${COAHUILA}/datapackage.zip`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    files = await readZip(Buffer.from(await response.arrayBuffer()));
    descriptor = JSON.parse((files.get('datapackage.json') as Buffer).toString('utf8'));
  });
  afterAll(() => ctx.stop());

  it('holds datapackage.json, every table as CSV, the data dictionary and the catalogue entry', () => {
    const tables = descriptor.resources.map((r) => r.path);
    expect(tables).toEqual(['commitments.csv', 'milestones.csv', 'meetings.csv', 'information-requests.csv', 'information-deliveries.csv', 'sessions.csv', 'agreements.csv', 'events.csv', 'posts.csv', 'memberships.csv']);
    expect([...files.keys()].sort()).toEqual([...tables, 'catalog.json', 'datapackage.json', 'diccionario-de-datos.csv'].sort());
  });

  it('is valid against the Data Package 2.0 profile', () => {
    const profile = JSON.parse(readFileSync(join(__dirname, 'profiles', 'datapackage-2.0.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, logger: false });
    addFormats(ajv);
    const validate = ajv.compile(profile);
    const valid = validate(descriptor);
    expect(valid ? [] : validate.errors).toEqual([]);
    const listField = { ...descriptor.resources[0], schema: { ...descriptor.resources[0].schema, fields: [{ name: 'x', type: 'list' }] } };
    expect(validate({ ...descriptor, resources: [listField] })).toBe(false); // the profile has no list type: we write lists as strings
    expect(descriptor).toMatchObject({ $schema: 'https://datapackage.org/profiles/2.0/datapackage.json', name: COAHUILA, licenses: [expect.objectContaining({ path: 'https://datos.gob.mx/libreusomx' })] });
    expect(String(descriptor.created)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it('gives each file its size and SHA-256, and its encoding: UTF-8 with a BOM, CRLF', () => {
    for (const resource of descriptor.resources) {
      const content = files.get(resource.path) as Buffer;
      expect([resource.path, resource.bytes]).toEqual([resource.path, content.length]);
      expect(resource.hash).toBe(`sha256:${createHash('sha256').update(content).digest('hex')}`);
      expect(resource.encoding).toBe('utf-8-sig');
      expect(content.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(resource.dialect).toMatchObject({ delimiter: ',', lineTerminator: '\r\n', header: true });
    }
  });

  it('validates every CSV against its own Table Schema: types, formats, constraints, primary and foreign keys', () => {
    const tables = new Map(descriptor.resources.map((r) => [r.name, parseCsv((files.get(r.path) as Buffer).toString('utf8').replace(/^\uFEFF/, ''))]));
    const problems: string[] = [];
    for (const resource of descriptor.resources) {
      const [header, ...rows] = tables.get(resource.name) as string[][];
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
          const [targetHeader, ...targetRows] = tables.get(foreign.reference.resource ?? resource.name) as string[][];
          const positions = foreign.reference.fields.map((name) => targetHeader.indexOf(name));
          if (!targetRows.some((target) => positions.every((p, i) => target[p] === values[i]))) problems.push(`${resource.path} row ${r + 2}: ${foreign.fields} ${values} not in ${foreign.reference.resource ?? resource.name}`);
        }
      });
      for (const field of fields.filter((f) => f.constraints?.unique)) {
        const column = rows.map((row) => row[header.indexOf(field.name)]).filter((v) => !missingValues.includes(v));
        if (new Set(column).size !== column.length) problems.push(`${resource.path}: ${field.name} is not unique`);
      }
    }
    expect(problems).toEqual([]);
    expect(tables.get('sessions')?.length).toBe(1 + 9);
    // The checks catch what they are for.
    expect(cellProblem({ name: 'pages', type: 'integer' }, '11,169', [''])).toMatch(/not an integer/);
    expect(cellProblem({ name: 'date', type: 'string', constraints: { pattern: '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$' } }, '15/02/2017', [''])).toMatch(/does not match/);
    expect(cellProblem({ name: 'id', type: 'string', constraints: { required: true } }, '', [''])).toBe('is required');
  });

  it('serves the same descriptor next to the CSVs, whose paths it resolves', async () => {
    const remote = await (await fetch(`${ctx.base}/data/exercises/${COAHUILA}/datapackage.json`)).json();
    const strip = (d: { resources: Resource[]; created?: unknown }) => ({ ...d, created: undefined, resources: d.resources.map(({ bytes: _b, hash: _h, ...r }) => r) });
    expect(strip(remote)).toEqual(strip(descriptor));
    for (const resource of remote.resources as Resource[]) {
      const file = Buffer.from(await (await fetch(new URL(resource.path, `${ctx.base}/data/exercises/${COAHUILA}/datapackage.json`))).arrayBuffer());
      expect(file.equals(files.get(resource.path) as Buffer)).toBe(true);
    }
  });

  it('describes every column in the data dictionary', () => {
    const [header, ...rows] = parseCsv((files.get('diccionario-de-datos.csv') as Buffer).toString('utf8').replace(/^\uFEFF/, ''));
    expect(header).toEqual(['file', 'field', 'title', 'type', 'format', 'required', 'allowed_values', 'description']);
    expect(rows).toHaveLength(descriptor.resources.reduce((sum, r) => sum + r.schema.fields.length, 0));
    expect(rows.every((row) => row[2] && row[7])).toBe(true);
  });

  it("publishes a catalogue entry with the fields Mexico's open-data guide asks for, each download at a stable address", async () => {
    process.env.OPEN_DATA_CONTACT_EMAIL = 'datos@icai.org.mx';
    const response = await fetch(`${ctx.base}/data/exercises/${COAHUILA}/catalog.json`);
    delete process.env.OPEN_DATA_CONTACT_EMAIL;
    const entry = await response.json();
    expect(entry['@context'].dcat).toBe('http://www.w3.org/ns/dcat#');
    for (const field of ['identifier', 'title', 'description', 'keyword', 'modified', 'contactPoint', 'mbox', 'temporal', 'spatial', 'landingPage', 'accrualPeriodicity', 'distribution']) expect([field, entry[field]]).toEqual([field, expect.anything()]);
    expect(entry).toMatchObject({ '@type': 'Dataset', spatial: '05', mbox: 'mailto:datos@icai.org.mx', temporal: expect.stringMatching(/^2015.*\/2017/), landingPage: `${ctx.base}/data/exercises/${COAHUILA}/` });
    expect(entry.contactPoint).toMatchObject({ fn: expect.stringContaining('Instituto Coahuilense'), hasEmail: 'mailto:datos@icai.org.mx' });
    for (const distribution of entry.distribution) {
      expect(distribution.mediaType).toBeTruthy();
      const download = await fetch(distribution.downloadURL);
      expect([distribution.downloadURL, download.status]).toEqual([distribution.downloadURL, 200]);
      await download.arrayBuffer();
    }
    const catalog = await (await fetch(`${ctx.base}/data/catalog.json`)).json();
    expect(catalog['@type']).toBe('Catalog');
    expect(catalog.dataset.map((d: { identifier: string }) => d.identifier)).toContain(entry.identifier);
  });
});
