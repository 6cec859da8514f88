import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { PROJECT_ROOT } from '../../api/src/common/paths';
import { createDataSource } from '../../api/src/db/data-source';
import { storeContent } from '../../api/src/modules/document/document.storage';
import { backup, restore } from '../../api/src/ops/backup';
import { TestApi } from '../support/api';
import { exited, startServerProcess } from '../support/server-process';
import { roles } from '../support/staff';

const run = promisify(execFile);

/** The backup's lines, as written. */
async function backupLines(dataSource: DataSource): Promise<string[]> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await backup(dataSource, out);
  out.end();
  return Buffer.concat(chunks).toString().split('\n').filter(Boolean);
}

/** The lines two backups of the same data share: without the header's timestamp and the checksum over it. */
function stableLines(lines: string[]): string[] {
  const [header, ...rest] = lines;
  const { createdAt: _createdAt, ...stable } = JSON.parse(header);
  const {
    '@end': { sha256: _sha256, ...end },
  } = JSON.parse(rest.at(-1) as string);
  return [JSON.stringify(stable), ...rest.slice(0, -1), JSON.stringify({ '@end': end })];
}

const streamOf = (lines: string[]) => {
  const stream = new PassThrough();
  stream.end(lines.join('\n'));
  return stream;
};

describe('backup and restore', () => {
  let api: TestApi;
  const databases: string[] = [];
  const admin = () => new Client({ connectionString: process.env.TEST_ADMIN_DATABASE_URL });

  /** A new empty database on the test server, migrated like a fresh install. */
  async function emptyDatabase(): Promise<DataSource> {
    const name = `tablero_restore_${process.pid}_${databases.length}`;
    databases.push(name);
    const client = admin();
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name} ENCODING 'UTF8' TEMPLATE template0`);
    await client.end();
    const url = new URL(process.env.TEST_DATABASE_URL as string);
    url.pathname = `/${name}`;
    const dataSource = createDataSource(url.toString(), { quiet: true });
    await dataSource.initialize();
    await dataSource.runMigrations();
    return dataSource;
  }

  beforeAll(async () => {
    api = await TestApi.open();
    // At least one staff write, so the backup holds audit rows and a staff-made record.
    const { institute } = await roles(api.dataSource.manager);
    await api.data(
      `mutation { createTheme(input: { exerciseId: "${await coahuila()}", name: "Tema de respaldo ${process.pid}" }) { id } }`,
      {},
      institute,
    );
  });
  const coahuila = async () =>
    (await api.dataSource.query(`SELECT id FROM exercise WHERE slug = 'coahuila-2015-2017'`))[0].id as string;
  afterAll(async () => {
    await api.close();
    const client = admin();
    await client.connect();
    for (const name of databases) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  });

  it('restores every row of every table exactly: a backup of the restored database is the same backup', async () => {
    const original = await backupLines(api.dataSource);
    const target = await emptyDatabase();
    try {
      const counts = await restore(target, streamOf(original));
      expect(counts.commitment).toBeGreaterThanOrEqual(7);
      expect(counts.audit_event).toBeGreaterThan(0);
      expect(stableLines(await backupLines(target))).toEqual(stableLines(original));
    } finally {
      await target.destroy();
    }
  });

  it('leaves the restored database ready for new writes (sequences continue after the restored ids)', async () => {
    const target = await emptyDatabase();
    try {
      await restore(target, streamOf(await backupLines(api.dataSource)));
      const [{ max }] = await target.query('SELECT max(id)::bigint AS max FROM audit_event');
      await target.query(
        `INSERT INTO audit_event (action, entity, record_id) VALUES ('CREATE', 'Test', gen_random_uuid())`,
      );
      const [{ id }] = await target.query(`SELECT max(id)::bigint AS id FROM audit_event`);
      expect(BigInt(id)).toBe(BigInt(max) + 1n);
    } finally {
      await target.destroy();
    }
  });

  it('takes one consistent snapshot while writes go on: every audited delivery is in it with its audit row, and no other', async () => {
    const { agency } = await roles(api.dataSource.manager);
    const commitment = (
      await api.dataSource.query(
        `SELECT c.id FROM commitment c JOIN action_plan p ON p.id = c.plan_id JOIN exercise x ON x.id = p.exercise_id WHERE c.number = 2 AND x.slug = 'coahuila-2015-2017'`,
      )
    )[0].id;
    let writing = true;
    const writes = (async () => {
      let n = 0;
      while (writing) {
        await api.data(
          `mutation($i: InformationDeliveryInput!) { createInformationDelivery(input: $i) { id } }`,
          { i: { commitmentId: commitment, description: `Entrega ${(n += 1)}` } },
          agency,
        );
      }
      return n;
    })();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const lines = await backupLines(api.dataSource);
    writing = false;
    expect(await writes).toBeGreaterThan(1);

    const section = (table: string) => {
      const start = lines.indexOf(JSON.stringify({ '@table': table }));
      const end = lines.findIndex((line, i) => i > start && line.startsWith('{"@table":'));
      return lines.slice(start + 1, end === -1 ? undefined : end).map((line) => JSON.parse(line));
    };
    const deliveries = new Set(section('information_delivery').map((row) => row.id));
    const audited = new Set(
      section('audit_event')
        .filter((row) => row.entity === 'InformationDelivery' && row.action === 'CREATE')
        .map((row) => row.record_id),
    );
    const staffMade = [...deliveries].filter((id) => id.charAt(14) === '4');
    expect(staffMade.length).toBeGreaterThan(0);
    for (const id of staffMade) expect(audited.has(id)).toBe(true);
    for (const id of audited) expect(deliveries.has(id)).toBe(true);
  });

  it('carries every file: after backup, wipe and restore each comes back byte for byte, and a damaged one is refused', async () => {
    // A file of several chunks, stored as an upload stores it (content only: no document, so no other suite sees it).
    const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(700_000, `respaldo ${process.pid} `)]);
    const stored = await storeContent(
      api.dataSource,
      (async function* () {
        yield bytes;
      })(),
      25 * 1024 * 1024,
    );
    const fileBack = async (dataSource: DataSource) =>
      Buffer.concat(
        (
          await dataSource.query('SELECT data FROM document_chunk WHERE content_sha256 = $1 ORDER BY seq', [
            stored.sha256,
          ])
        ).map((row: { data: Buffer }) => row.data),
      );
    const wiped = await emptyDatabase();
    const damaged = await emptyDatabase();
    try {
      await restore(wiped, streamOf(await backupLines(api.dataSource)));
      expect(
        createHash('sha256')
          .update(await fileBack(wiped))
          .digest('hex'),
      ).toBe(stored.sha256);
      expect((await fileBack(wiped)).equals(bytes)).toBe(true);
      // A byte changed in the database a backup is taken from: the backup's own checksum holds, the file's hash does not.
      await wiped.query(
        `UPDATE document_chunk SET data = overlay(data placing '\\x00'::bytea from 20) WHERE content_sha256 = $1 AND seq = 1`,
        [stored.sha256],
      );
      await expect(restore(damaged, streamOf(await backupLines(wiped)))).rejects.toThrow(
        new RegExp(`files ${stored.sha256} do not match their SHA-256`),
      );
      expect((await damaged.query('SELECT count(*)::int AS n FROM document_content'))[0].n).toBe(0);
    } finally {
      await wiped.destroy();
      await damaged.destroy();
      await api.dataSource.query('DELETE FROM document_content WHERE sha256 = $1', [stored.sha256]);
    }
  });

  it('refuses a database that already holds records, and changes nothing', async () => {
    const lines = await backupLines(api.dataSource);
    const target = await emptyDatabase();
    try {
      await target.query(`INSERT INTO state (code, inegi_key, name) VALUES ('MX-COA', '05', 'Coahuila de Zaragoza')`);
      await expect(restore(target, streamOf(lines))).rejects.toThrow(/empty database: table state/);
      expect((await target.query('SELECT count(*)::int AS n FROM state'))[0].n).toBe(1);
    } finally {
      await target.destroy();
    }
  });

  it('refuses a backup of another schema version, and a file that is not a backup', async () => {
    const [header, ...rest] = await backupLines(api.dataSource);
    const target = await emptyDatabase();
    try {
      const older = { ...JSON.parse(header), migrations: JSON.parse(header).migrations.slice(0, -1) };
      await expect(restore(target, streamOf([JSON.stringify(older), ...rest]))).rejects.toThrow(
        /same version of Tablero Abierto/,
      );
      await expect(restore(target, streamOf(['nombre,páginas', 'x,1']))).rejects.toThrow();
      expect((await target.query('SELECT count(*)::int AS n FROM commitment'))[0].n).toBe(0);
    } finally {
      await target.destroy();
    }
  });

  it('refuses a truncated or altered backup, writing nothing', async () => {
    const lines = await backupLines(api.dataSource);
    const target = await emptyDatabase();
    const staffAt = lines.indexOf(JSON.stringify({ '@table': 'staff_account' }));
    const altered = lines.map((line, i) => (i === staffAt + 1 ? line.replace(/"email":"/, '"email":"otra-') : line));
    expect(altered).not.toEqual(lines);
    try {
      // Cut at a line boundary, the way a full disk or an interrupted copy leaves it.
      await expect(restore(target, streamOf(lines.slice(0, Math.floor(lines.length * 0.7))))).rejects.toThrow(
        /truncated/,
      );
      await expect(restore(target, streamOf(lines.slice(0, -1)))).rejects.toThrow(/truncated/);
      await expect(restore(target, streamOf(altered))).rejects.toThrow(/altered/);
      await expect(restore(target, streamOf(lines.filter((_, i) => i !== staffAt + 1)))).rejects.toThrow(/altered/);
      const [{ n }] = await target.query(
        `SELECT (SELECT count(*) FROM state) + (SELECT count(*) FROM staff_account) + (SELECT count(*) FROM audit_event) AS n`,
      );
      expect(Number(n)).toBe(0);
    } finally {
      await target.destroy();
    }
  });

  it('leaves sessions, password links and sign-in attempts out: a restore signs nobody back in', async () => {
    await api.dataSource.query(
      `INSERT INTO sign_in_attempt (email, ip_address, succeeded) VALUES ('respaldo@test.tablero.mx', '192.0.2.3', false)`,
    );
    const lines = await backupLines(api.dataSource);
    const { tables } = JSON.parse(lines[0]);
    expect(tables).not.toContain('staff_session');
    expect(tables).not.toContain('sign_in_attempt');
    expect(tables).not.toContain('password_link');
    expect(lines).not.toContain(JSON.stringify({ '@table': 'staff_session' }));
    expect(lines.join('\n')).not.toContain('respaldo@test.tablero.mx');
  });

  it('backs up the embedded database while the server runs, and restores it into a wiped data folder', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tablero-backup-'));
    chmodSync(dataDir, 0o755);
    const env = {
      ...process.env,
      DATABASE_URL: '',
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54339) + 7),
    };
    const file = join(dataDir, '..', `${dataDir.split('/').pop()}.jsonl.gz`);
    const cli = (script: string, ...args: string[]) =>
      run(process.execPath, ['-r', '@swc-node/register', `api/src/cli/${script}.ts`, ...args], {
        cwd: PROJECT_ROOT,
        env,
      });
    const count = async (url: string) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ exercises { totalCount } sessions { totalCount } events { totalCount } }' }),
      });
      return (await response.json()).data;
    };
    try {
      const server = await startServerProcess(env);
      const before = await count(server.graphqlUrl);
      const { stdout } = await cli('backup', file);
      expect(stdout).toMatch(/Backed up \d+ rows of \d+ tables/);
      server.child.kill('SIGINT');
      expect(await exited(server.child)).toBe(0);

      rmSync(dataDir, { recursive: true, force: true });
      const restored = await cli('restore', file);
      expect(restored.stdout).toMatch(/Restored \d+ rows/);
      const again = await startServerProcess(env);
      expect(await count(again.graphqlUrl)).toEqual(before);
      again.child.kill('SIGINT');
      await exited(again.child);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(file, { force: true });
    }
  });
});
