import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { createAccount } from '../modules/account/account.service';
import { StaffRole } from '../common/viewer';

/**
 * `npm run create-admin -- <email> "<name>"`: creates the first platform admin. The password is
 * read from ADMIN_PASSWORD or, when unset, from standard input (never echoed on a terminal, never
 * trimmed); it is never logged.
 */
async function main() {
  const [email, displayName] = process.argv.slice(2);
  if (!email || !displayName) throw new Error('usage: npm run create-admin -- <email> "<display name>"');
  const password = process.env.ADMIN_PASSWORD || (await readPassword('Password (at least 12 characters): '));
  const database = await openDatabase(loadConfig(), console.log);
  try {
    const account = await createAccount(database.dataSource.manager, null, {
      email,
      displayName,
      password,
      role: StaffRole.PLATFORM_ADMIN,
    });
    console.log(`Created platform admin ${account.email}`);
  } finally {
    await database.close();
  }
}

/**
 * One line from standard input, exactly as typed: only its line ending is dropped (spaces are
 * part of a password). On a terminal, raw mode keeps it from being echoed; Backspace works and
 * Ctrl-C cancels.
 */
function readPassword(prompt: string): Promise<string> {
  const stdin = process.stdin;
  const terminal = stdin.isTTY;
  // Echo off before the prompt shows: what is typed (or pasted) the moment it appears is never echoed.
  if (terminal) stdin.setRawMode(true);
  process.stderr.write(prompt);
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (error?: Error) => {
      stdin.off('data', onData);
      stdin.off('end', onEnd);
      if (terminal) stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\n' || char === '\r') return finish();
        if (terminal && char === '\u0003') return finish(new Error('Cancelled'));
        if (terminal && (char === '\u007f' || char === '\b')) typed = [...typed].slice(0, -1).join('');
        else typed += char;
      }
    };
    const onEnd = () => finish();
    stdin.on('data', onData);
    stdin.once('end', onEnd);
    stdin.resume();
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
