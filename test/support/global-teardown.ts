import { Client } from 'pg';

export default async function globalTeardown() {
  if (process.env.TEST_ADMIN_DATABASE_URL && process.env.TEST_DATABASE_NAME) {
    const admin = new Client({ connectionString: process.env.TEST_ADMIN_DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${process.env.TEST_DATABASE_NAME} WITH (FORCE)`);
    await admin.end();
  }
  await (globalThis as { __embedded?: { stop(): Promise<void> } }).__embedded?.stop();
}
