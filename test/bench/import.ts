import 'reflect-metadata';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { loadConfig } from '../../api/src/config';
import { openDatabase } from '../../api/src/db/database';
import { totalStatements } from '../../api/src/db/sql-counter';
import { StaffRole } from '../../api/src/common/viewer';
import { createAccount } from '../../api/src/modules/account/account.service';
import { importViewer } from '../../api/src/modules/import/import.account';
import { importSheets, sheetHeaders } from '../../api/src/modules/import/sheets';
import { startServer, stopServer } from './measure';

/**
 * Part of `npm run bench`: imports a spreadsheet of 10,000 deliveries and 2,000 agreements (40
 * sessions of 50) into Coahuila's exercise on a fresh embedded PostgreSQL, as a platform admin,
 * through the same path as `npm run import`, and prints the time and the peak memory (resident set
 * and heap, sampled every 20 ms during the import, beside their level before it).
 */
const EMBEDDED_PORT = Number(process.env.BENCH_IMPORT_PG_PORT ?? 54369);
const DELIVERIES = Number(process.env.BENCH_IMPORT_DELIVERIES ?? 10_000);
const SESSIONS = 40;
const AGREEMENTS_PER_SESSION = Number(process.env.BENCH_IMPORT_AGREEMENTS ?? 2_000) / SESSIONS;
const EXERCISE = 'coahuila-2015-2017';

async function spreadsheet(commitments: number[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const headers = new Map(sheetHeaders().map((s) => [s.sheet, s.headers]));
  const sheet = (name: string, rows: Record<string, string | number>[]) => {
    const columns = headers.get(name) as string[];
    const worksheet = book.addWorksheet(name);
    worksheet.addRow(columns);
    for (const row of rows) worksheet.addRow(columns.map((column) => row[column] ?? null));
  };
  sheet(
    'Entregas',
    Array.from({ length: DELIVERIES }, (_, i) => ({
      'Número de compromiso': commitments[i % commitments.length],
      'Información entregada': `Entrega de prueba ${i + 1}`,
      'Fecha de entrega': `2017-${String((i % 12) + 1).padStart(2, '0')}`,
      Fojas: i % 10 === 0 ? `más de ${i + 1}` : i % 7 === 0 ? '' : i + 1,
    })),
  );
  sheet(
    'Sesiones',
    Array.from({ length: SESSIONS }, (_, i) => ({
      Tipo: 'EXTRAORDINARY',
      Número: 100 + i,
      Fecha: `2017-${String((i % 12) + 1).padStart(2, '0')}-15`,
      Municipio: 'Saltillo',
    })),
  );
  sheet(
    'Acuerdos',
    Array.from({ length: SESSIONS * AGREEMENTS_PER_SESSION }, (_, i) => ({
      'Tipo de sesión': 'EXTRAORDINARY',
      'Número de sesión': 100 + Math.floor(i / AGREEMENTS_PER_SESSION),
      Acuerdo: `Acuerdo de prueba ${i + 1}`,
      Estatus: i % 3 === 0 ? 'DONE' : 'UNKNOWN',
      Responsables: i % 2 === 0 ? 'ICAI' : '',
    })),
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'tablero-bench-import-'));
  chmodSync(dataDir, 0o755);
  const server = await startServer({ DATABASE_URL: '', DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(EMBEDDED_PORT) });
  const password = readFileSync(join(dataDir, 'postgres-password'), 'utf8').trim();
  process.env.DATABASE_URL = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${EMBEDDED_PORT}/tablero`;
  const database = await openDatabase(loadConfig(), () => undefined);
  try {
    const { dataSource } = database;
    await createAccount(dataSource.manager, null, {
      email: 'bench-import@example.org',
      displayName: 'Bench',
      password: 'a long bench password',
      role: StaffRole.PLATFORM_ADMIN,
    });
    const viewer = await importViewer(dataSource.manager, 'bench-import@example.org', 'es');
    const numbers: { number: number }[] = await dataSource.query(
      'SELECT c.number FROM commitment c JOIN action_plan p ON p.id = c.plan_id JOIN exercise e ON e.id = p.exercise_id WHERE e.slug = $1 AND c.number IS NOT NULL ORDER BY c.number',
      [EXERCISE],
    );
    const file = await spreadsheet(numbers.map((n) => n.number));
    global.gc?.();
    const before = process.memoryUsage();
    const peak = { rss: before.rss, heapUsed: before.heapUsed };
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peak.rss = Math.max(peak.rss, now.rss);
      peak.heapUsed = Math.max(peak.heapUsed, now.heapUsed);
    }, 20);
    const started = performance.now();
    const cpu = process.cpuUsage();
    const statements = totalStatements();
    const report = await importSheets(dataSource, viewer, new Map([['bench.xlsx', file]]), { exerciseSlug: EXERCISE });
    const seconds = (performance.now() - started) / 1000;
    const { user, system } = process.cpuUsage(cpu);
    const sent = totalStatements() - statements;
    clearInterval(sampler);
    if (report.problems.length)
      throw new Error(`the import found problems: ${JSON.stringify(report.problems.slice(0, 5))}`);
    const created = (kind: string) => report.changes.filter((c) => c.kind === kind && c.action === 'create').length;
    console.log('\nSpreadsheet import (npm run import path, one transaction)');
    console.log(
      `  file: ${(file.length / 1024).toFixed(0)} KB .xlsx; created ${created('InformationDelivery')} deliveries, ${created('Agreement')} agreements, ${created('Session')} sessions`,
    );
    console.log(
      `  time: ${seconds.toFixed(1)} s (${Math.round(report.changes.length / seconds)} rows/s), of which this process's CPU ${((user + system) / 1e6).toFixed(1)} s (the rest: PostgreSQL, and waiting on a shared machine)`,
    );
    console.log(`  SQL statements: ${sent} (${(sent / report.changes.length).toFixed(1)} per row written)`);
    console.log(
      `  peak memory during the import: RSS ${mb(peak.rss)} (before: ${mb(before.rss)}), heap used ${mb(peak.heapUsed)} (before: ${mb(before.heapUsed)})`,
    );
  } finally {
    await database.close();
    await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
