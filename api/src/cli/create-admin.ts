import 'reflect-metadata';
import { createInterface } from 'node:readline/promises';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { StaffRole } from '../modules/account/account.enums';
import { createAccount } from '../modules/account/account.service';

/**
 * `npm run create-admin -- <email> "<name>"`: creates the first platform admin. The password is
 * read from ADMIN_PASSWORD or, when unset, from standard input; it is never echoed or logged.
 */
async function main() {
  const [email, displayName] = process.argv.slice(2);
  if (!email || !displayName) throw new Error('usage: npm run create-admin -- <email> "<display name>"');
  let password = process.env.ADMIN_PASSWORD;
  if (!password) {
    const input = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
    process.stderr.write('Password (at least 12 characters): ');
    password = (await input.question('')).trim();
    input.close();
  }
  const database = await openDatabase(loadConfig(), console.log);
  try {
    const account = await createAccount(database.dataSource.manager, null, { email, displayName, password, role: StaffRole.PLATFORM_ADMIN });
    console.log(`Created platform admin ${account.email}`);
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
