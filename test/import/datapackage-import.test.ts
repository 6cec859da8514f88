import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { PROJECT_ROOT } from '../../api/src/common/paths';
import { createAccount } from '../../api/src/modules/account/account.service';
import { importViewer } from '../../api/src/modules/import/import.account';
import { importPackage } from '../../api/src/modules/import/import.service';
import { contentsNotMatchingHash } from '../../api/src/modules/document/document.storage';
import { unzip, type PackageFiles } from '../../api/src/modules/import/package-files';
import { servedSourceOf } from '../../api/src/modules/source/source-address';
import { loadSeedFiles } from '../../api/src/seed/load-files';
import { ownDatabase, type OwnDatabase } from '../support/databases';
import { COAHUILA, parseCsv, readZip, startAppOn } from '../opendata/support';
import { StaffRole } from '../../api/src/common/viewer';
import { staff } from '../support/staff';
import type { Viewer } from '../../api/src/common/viewer';

const ZIP = `/data/exercises/${COAHUILA}/datapackage.zip`;
/** When each record last changed: the import changes every record it writes, so this column is the one that may differ. */
const WRITE_TIME = 'updated_at';

async function download(db: OwnDatabase): Promise<Buffer> {
  const app = await startAppOn(db.dataSource);
  try {
    const response = await fetch(`${app.base}${ZIP}`);
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  } finally {
    await app.stop();
  }
}

/** A document file's address (documents.csv `url`) without the instance's host; any other cell as it is. */
const atAnyHost = (file: string, column: string, cell: string) =>
  file === 'documents.csv' && column === 'url' ? new URL(cell).pathname : cell;

/**
 * Every CSV of a package as header → rows (the write-time column left out), by file name. A
 * `source_url` becomes the document it names: the SHA-256 of the bytes an instance serves there
 * (its report file, or the text it keeps, by the key the package's source-documents.csv gives),
 * else the address itself. An instance the import brought no files into serves the same bytes as
 * the text, at its own host.
 */
async function tables(zip: Buffer): Promise<Map<string, Record<string, string>[]>> {
  const files = await readZip(zip);
  const rowsOf = (content: Buffer) => {
    const [header, ...rows] = parseCsv(content.toString('utf8').replace(/^\uFEFF/, ''));
    return rows.map((row) => Object.fromEntries(header.map((column, i) => [column, row[i]])));
  };
  const texts = new Map(rowsOf(files.get('source-documents.csv')!).map((d) => [d.key, d.text]));
  const documentOf = (address: string) => {
    const served = servedSourceOf(address);
    if (!served) return address;
    if ('sha256' in served) return `sha256:${served.sha256}`;
    return `sha256:${createHash('sha256').update(texts.get(served.key)!, 'utf8').digest('hex')}`;
  };
  const tablesByName = new Map<string, Record<string, string>[]>();
  for (const [name, content] of files) {
    if (!name.endsWith('.csv') || name === 'diccionario-de-datos.csv') continue;
    tablesByName.set(
      name,
      // Each instance serves the report's text and the documents' files at its own address: compare which document, not which host.
      rowsOf(content).map((row) =>
        Object.fromEntries(
          Object.entries(row)
            .map(([column, value]) => [
              column,
              column === 'source_url' && value ? documentOf(value) : atAnyHost(name, column, value),
            ])
            .filter(([column]) => column !== WRITE_TIME),
        ),
      ),
    );
  }
  return tablesByName;
}

const count = async (db: OwnDatabase, sql: string) => Number((await db.dataSource.query(sql))[0].n);

/** A fresh instance: migrated, the reference catalogues (states, municipalities), no exercise, no organisation, no source document. */
async function emptyInstance(label: string): Promise<{ db: OwnDatabase; viewer: Viewer }> {
  const db = await ownDatabase(label, { ...loadSeedFiles(), exercises: [] });
  for (const table of ['organization', 'source_document'])
    expect({ table, n: await count(db, `SELECT count(*) AS n FROM ${table}`) }).toEqual({ table, n: 0 });
  await createAccount(db.dataSource.manager, null, {
    email: 'importa@example.org',
    displayName: 'Importa',
    password: 'una contraseña larga',
    role: StaffRole.PLATFORM_ADMIN,
  });
  return { db, viewer: await importViewer(db.dataSource.manager, 'importa@example.org', 'es') };
}

/** The text of one of the package's tables. */
const csvText = (files: PackageFiles, file: string) => (files.get(file) as Buffer).toString('utf8');

/** The package with one cell of one file replaced (found by the row's id and the column). */
function withCell(files: PackageFiles, file: string, id: string, column: string, value: string): PackageFiles {
  const [header, ...rows] = parseCsv(csvText(files, file).replace(/^\uFEFF/, ''));
  const row = rows.find((r) => r[header.indexOf('id')] === id)!;
  row[header.indexOf(column)] = value;
  const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const changed = new Map(files);
  changed.set(file, Buffer.from([header, ...rows].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n', 'utf8'));
  return changed;
}

/**
 * One empty instance, imported into step by step: refused imports and dry runs first (each must
 * leave it empty), then the import, the round trip and updates.
 */
describe("importing an exercise's data package", () => {
  jest.setTimeout(600_000);
  let source: OwnDatabase;
  let target: OwnDatabase;
  let viewer: Viewer;
  let zip: Buffer;
  let files: PackageFiles;
  let before: Map<string, Record<string, string>[]>;
  const empty = async () => {
    for (const table of ['exercise', 'commitment', 'person', 'venue', 'organization', 'source_document'])
      expect({ table, n: await count(target, `SELECT count(*) AS n FROM ${table}`) }).toEqual({ table, n: 0 });
    expect(await count(target, `SELECT count(*) AS n FROM audit_event WHERE request_id LIKE 'import:%'`)).toBe(0);
  };

  beforeAll(async () => {
    source = await ownDatabase('import_source');
    zip = await download(source);
    files = await unzip(zip);
    before = await tables(zip);
    ({ db: target, viewer } = await emptyInstance('import_target'));
  });

  afterAll(async () => {
    await target?.drop();
    await source?.drop();
  });

  it('reports each wrong row by file, row and column, in Spanish, and writes nothing', async () => {
    const agreements = parseCsv(csvText(files, 'agreements.csv').replace(/^\uFEFF/, ''));
    const events = parseCsv(csvText(files, 'events.csv').replace(/^\uFEFF/, ''));
    const dated = events.findIndex((e, i) => i > 0 && /^\d{4}-\d{2}-\d{2}$/.test(e[events[0].indexOf('start_date')]));
    const eventId = events[dated][events[0].indexOf('id')];
    // A status no agreement has (the schema refuses it), and an event ending before it starts (the write path refuses it).
    const wrong = withCell(
      withCell(files, 'agreements.csv', agreements[2][0], 'status', 'HECHO'),
      'events.csv',
      eventId,
      'end_date',
      '1999-01-01',
    );
    const report = await importPackage(target.dataSource, viewer, wrong);
    expect(report.written).toBe(false);
    expect(report.problems).toEqual(
      expect.arrayContaining([
        { file: 'agreements.csv', row: 3, column: 'status', message: expect.stringMatching(/^debe ser uno de: /) },
        {
          file: 'events.csv',
          row: dated + 1,
          column: 'end_date',
          message: expect.stringMatching(/^queda antes de la fecha con la que empieza/),
        },
      ]),
    );
    await empty();

    // English on request.
    const english = await importPackage(target.dataSource, viewer, wrong, { language: 'en' });
    expect(english.problems).toContainEqual({
      file: 'agreements.csv',
      row: 3,
      column: 'status',
      message: expect.stringMatching(/^must be one of: /),
    });
  });

  it('a dry run says what it would create and writes nothing', async () => {
    const report = await importPackage(target.dataSource, viewer, files, { dryRun: true });
    expect(report.problems).toEqual([]);
    expect(report.written).toBe(false);
    expect(
      report.changes
        .filter((c) => c.kind === 'Commitment' && c.action === 'create')
        .map((c) => c.id)
        .sort(),
    ).toEqual(
      before
        .get('commitments.csv')!
        .map((c) => c.id)
        .sort(),
    );
    expect(report.changes.find((c) => c.kind === 'Exercise')).toMatchObject({
      action: 'create',
      fields: expect.arrayContaining(['slug', 'title', 'stateId']),
    });
    await empty();
  });

  it('reads the CSVs with or without a byte-order mark', async () => {
    const flipped: PackageFiles = new Map(
      [...files].map(([name, content]) => {
        if (!name.endsWith('.csv') || !Buffer.isBuffer(content)) return [name, content];
        const text = content.toString('utf8');
        return [name, Buffer.from(text.startsWith('\uFEFF') ? text.slice(1) : `\uFEFF${text}`, 'utf8')];
      }),
    );
    const report = await importPackage(target.dataSource, viewer, flipped, { dryRun: true });
    expect(report.problems).toEqual([]);
    expect(report.changes.filter((c) => c.kind === 'Session').length).toBe(before.get('sessions.csv')!.length);
    await empty();
  });

  it("refuses a document whose file is missing, is not the file its row's SHA-256 names, or is larger than uploads may be, and writes nothing", async () => {
    const document = before.get('documents.csv')![0];
    const path = `files/${document.sha256}`;
    const row = before.get('documents.csv')!.indexOf(document) + 2;
    const problemsOf = async (package_: PackageFiles) => {
      const report = await importPackage(target.dataSource, viewer, package_);
      expect(report.written).toBe(false);
      await empty();
      expect(await count(target, 'SELECT count(*) AS n FROM document_content')).toBe(0);
      return report.problems.filter((p) => p.file === 'documents.csv');
    };
    const without = new Map(files);
    without.delete(path);
    expect(await problemsOf(without)).toContainEqual({
      file: 'documents.csv',
      row,
      column: 'sha256',
      message: expect.stringMatching(/^el paquete no trae el archivo de este documento/),
    });
    const other = Buffer.from('Otro texto, que no es el del documento.\n', 'utf8');
    expect(await problemsOf(new Map(files).set(path, other))).toContainEqual({
      file: 'documents.csv',
      row,
      column: 'sha256',
      message: `el archivo que trae el paquete no tiene este SHA-256 (el suyo es ${createHash('sha256').update(other).digest('hex')})`,
    });
    const limit = process.env.DOCUMENT_MAX_BYTES;
    process.env.DOCUMENT_MAX_BYTES = String(Number(document.size) - 1);
    try {
      expect(await problemsOf(files)).toContainEqual({
        file: 'documents.csv',
        row,
        column: 'sha256',
        message: expect.stringMatching(/^el archivo pasa del límite de \d+ bytes/),
      });
    } finally {
      if (limit === undefined) delete process.env.DOCUMENT_MAX_BYTES;
      else process.env.DOCUMENT_MAX_BYTES = limit;
    }
  });

  it("round trip: Coahuila's package imported into the empty instance exports the same tables, ids included", async () => {
    const report = await importPackage(target.dataSource, viewer, files);
    expect(report.problems).toEqual([]);
    expect(report.skipped).toEqual([]);
    expect(report.written).toBe(true);
    const again = await tables(await download(target));
    expect([...again.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [name, rows] of before) expect({ name, rows: again.get(name) }).toEqual({ name, rows });
    // Documents included: the package carries their files, which the import stored, each under its verified hash.
    const documents = before.get('documents.csv')!;
    expect(documents.length).toBeGreaterThan(0);
    expect([...files.keys()].filter((name) => name.startsWith('files/')).sort()).toEqual(
      [...new Set(documents.map((d) => `files/${d.sha256}`))].sort(),
    );
    expect(await contentsNotMatchingHash(target.dataSource.manager)).toEqual([]);
    expect([...before.values()].flat().length).toBeGreaterThan(200);
    // The organisations and source documents came in the package itself: the instance had none.
    expect(before.get('organizations.csv')!.length).toBeGreaterThan(10);
    expect(before.get('source-documents.csv')!.map((d) => d.text.length > 1000)).toEqual([true]);
    // Audited as this import, by the account that ran it.
    const audit = await target.dataSource.query(
      'SELECT DISTINCT account_id, action FROM audit_event WHERE request_id = $1',
      [report.importId],
    );
    expect(audit).toEqual([{ account_id: (viewer as { accountId: string }).accountId, action: 'CREATE' }]);
  });

  it("an institute admin's import creates neither source documents nor national organisations, and writes nothing", async () => {
    const { viewer: institute } = await staff(target.dataSource.manager, StaffRole.INSTITUTE_ADMIN, {
      state: 'MX-COA',
    });
    const organizations = before.get('organizations.csv')!;
    const national = organizations.findIndex((o) => !o.state_code);
    const newId = '00000000-0000-4000-8000-000000000017';
    const renamed = withCell(
      withCell(files, 'organizations.csv', organizations[national].id, 'slug', 'organismo-nacional-nuevo'),
      'organizations.csv',
      organizations[national].id,
      'id',
      newId,
    );
    const counts = async () => ({
      organizations: await count(target, 'SELECT count(*) AS n FROM organization'),
      documents: await count(target, 'SELECT count(*) AS n FROM source_document'),
      audit: await count(target, 'SELECT count(*) AS n FROM audit_event'),
    });
    const was = await counts();
    const report = await importPackage(target.dataSource, institute, renamed);
    expect(report.written).toBe(false);
    expect(report.problems).toEqual([
      {
        file: 'organizations.csv',
        row: national + 2,
        column: null,
        message: expect.stringMatching(/^su cuenta no puede/),
      },
    ]);
    expect(await counts()).toEqual(was);

    // Into an instance without the package's source document, it may not add it either.
    const missing = withCell(files, 'source-documents.csv', before.get('source-documents.csv')![0].id, 'id', newId);
    const keyed = withCell(missing, 'source-documents.csv', newId, 'key', 'documento-nuevo');
    const refused = await importPackage(target.dataSource, institute, keyed);
    expect(refused.problems).toContainEqual({
      file: 'source-documents.csv',
      row: 2,
      column: 'id',
      message: expect.stringMatching(/solo una cuenta de administración de la plataforma/),
    });
    expect(await counts()).toEqual(was);
  });

  it('an update of the existing exercise changes only what differs', async () => {
    const same = await importPackage(target.dataSource, viewer, files);
    expect(same.problems).toEqual([]);
    expect(same.changes).toEqual([]);
    expect(same.unchanged.Commitment).toBe(before.get('commitments.csv')!.length);

    const commitment = before.get('commitments.csv')![0];
    const agreement = before.get('agreements.csv')!.find((a) => a.status !== 'DONE')!;
    const edited = withCell(
      withCell(files, 'commitments.csv', commitment.id, 'title', `${commitment.title} (revisado)`),
      'agreements.csv',
      agreement.id,
      'status',
      'DONE',
    );
    const update = await importPackage(target.dataSource, viewer, edited);
    expect(update.problems).toEqual([]);
    expect(update.changes.map(({ kind, id, action, fields }) => ({ kind, id, action, fields }))).toEqual([
      { kind: 'Commitment', id: commitment.id, action: 'update', fields: ['title'] },
      { kind: 'Agreement', id: agreement.id, action: 'update', fields: ['status'] },
    ]);
    const [row] = await target.dataSource.query('SELECT title FROM commitment WHERE id = $1', [commitment.id]);
    expect(row.title).toBe(`${commitment.title} (revisado)`);
    expect(await count(target, `SELECT count(*) AS n FROM audit_event WHERE request_id = '${update.importId}'`)).toBe(
      2,
    );
  });

  it('npm run import, as a person types it: a folder with datapackage.json, a dry run, a wrong row and its exit code', async () => {
    const folder = async (package_: PackageFiles) => {
      const dir = mkdtempSync(join(tmpdir(), 'import-'));
      for (const [name, content] of package_) {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        if (Buffer.isBuffer(content)) writeFileSync(join(dir, name), content);
        else await pipeline(content.stream(), createWriteStream(join(dir, name)));
      }
      return dir;
    };
    const run = (dir: string, ...args: string[]) =>
      spawnSync(
        process.execPath,
        ['-r', '@swc-node/register', 'api/src/cli/import.ts', dir, '--as', 'importa@example.org', ...args],
        {
          cwd: PROJECT_ROOT,
          env: { ...process.env, DATABASE_URL: target.url, LANG: 'es_MX.UTF-8' },
          encoding: 'utf8',
        },
      );
    const same = await folder(files);
    const wrong = await folder(
      withCell(files, 'agreements.csv', before.get('agreements.csv')![1].id, 'status', 'HECHO'),
    );
    try {
      const preview = run(same, '--dry-run');
      expect(preview.status).toBe(0);
      expect(preview.stdout).toMatch(/^Vista previa \(no se escribió nada\)/);
      // The previous test retitled one commitment: the package as exported would change it back.
      expect(preview.stdout).toContain(
        `Commitment: 0 se crearían / se crearon, 1 cambian, ${before.get('commitments.csv')!.length - 1} sin cambios`,
      );

      const refused = run(wrong);
      expect(refused.status).toBe(1);
      expect(refused.stdout).toContain('agreements.csv, fila 3, columna status: debe ser uno de: ');
      expect(run(wrong, '--lang', 'en').stdout).toContain('agreements.csv, row 3, column status: must be one of: ');

      // The package as exported puts back what the previous test changed.
      expect(run(same).stdout).toMatch(/^Importación escrita/);
      expect(run(same, '--as').status).toBe(2);
    } finally {
      rmSync(same, { recursive: true, force: true });
      rmSync(wrong, { recursive: true, force: true });
    }
  });

  it('an update never removes what the package cannot show: links and references to draft records stay', async () => {
    const commitment = before.get('commitments.csv')!.find((c) => c.responsible_agency_ids)!;
    const delivery =
      before.get('information-deliveries.csv')!.find((d) => !d.request_id && d.commitment_id === commitment.id) ??
      before.get('information-deliveries.csv')!.find((d) => !d.request_id)!;
    const event = before.get('events.csv')![0];
    const q = (sql: string, params: unknown[] = []) => target.dataSource.query(sql, params);
    const [draftAgency] = await q(
      `INSERT INTO organization (slug, name, kind, state_id, publication) SELECT 'borrador-importacion', 'Dependencia en borrador', 'STATE_AGENCY', id, 'DRAFT' FROM state WHERE code = 'MX-COA' RETURNING id`,
    );
    await q(
      `INSERT INTO commitment_organization (commitment_id, organization_id, role) VALUES ($1, $2, 'RESPONSIBLE')`,
      [commitment.id, draftAgency.id],
    );
    const [draftRequest] = await q(
      `INSERT INTO information_request (commitment_id, recipient_description, subject, response, publication) VALUES ($1, 'Dependencias', 'Solicitud en borrador', 'UNKNOWN', 'DRAFT') RETURNING id`,
      [delivery.commitment_id],
    );
    await q('UPDATE information_delivery SET request_id = $1 WHERE id = $2', [draftRequest.id, delivery.id]);
    const [draftCommitment] = await q(
      `INSERT INTO commitment (plan_id, is_proactive, title, publication) VALUES ($1, true, 'Compromiso en borrador', 'DRAFT') RETURNING id`,
      [commitment.plan_id],
    );
    await q('INSERT INTO event_commitment (event_id, commitment_id) VALUES ($1, $2)', [event.id, draftCommitment.id]);

    const report = await importPackage(target.dataSource, viewer, files);
    expect(report.problems).toEqual([]);
    expect(report.changes).toEqual([]);
    expect(
      await q(
        `SELECT organization_id FROM commitment_organization WHERE commitment_id = $1 AND role = 'RESPONSIBLE' AND organization_id = $2`,
        [commitment.id, draftAgency.id],
      ),
    ).toHaveLength(1);
    expect((await q('SELECT request_id FROM information_delivery WHERE id = $1', [delivery.id]))[0].request_id).toBe(
      draftRequest.id,
    );
    expect(
      await q('SELECT 1 FROM event_commitment WHERE event_id = $1 AND commitment_id = $2', [
        event.id,
        draftCommitment.id,
      ]),
    ).toHaveLength(1);

    // What the package does change in the same link set is changed, and the draft link is kept beside it.
    const without = withCell(
      withCell(files, 'commitments.csv', commitment.id, 'responsible_agency_ids', ''),
      'commitments.csv',
      commitment.id,
      'responsible_agencies',
      '',
    );
    const update = await importPackage(target.dataSource, viewer, without);
    expect(update.problems).toEqual([]);
    expect(update.changes.map(({ id, fields }) => ({ id, fields }))).toEqual([
      { id: commitment.id, fields: ['responsibleAgencyIds'] },
    ]);
    expect(
      await q(`SELECT organization_id FROM commitment_organization WHERE commitment_id = $1 AND role = 'RESPONSIBLE'`, [
        commitment.id,
      ]),
    ).toEqual([{ organization_id: draftAgency.id }]);
  });
});
