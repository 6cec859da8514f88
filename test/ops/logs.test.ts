import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../api/src/db/data-source';
import { hashToken } from '../../api/src/modules/account/account.service';

/** What the database layer writes to the log when a statement fails: JSON, and nothing a statement was given. */
describe('SQL log lines', () => {
  let dataSource: DataSource;
  const written: string[] = [];

  beforeAll(async () => {
    for (const method of ['log', 'error', 'warn', 'info'] as const) {
      jest
        .spyOn(console, method)
        .mockImplementation((...args: unknown[]) => void written.push(args.map(String).join(' ')));
    }
    dataSource = createDataSource(process.env.TEST_DATABASE_URL as string, { poolSize: 2 }); // the app's logging, not the tests' quiet one
    await dataSource.initialize();
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await dataSource.destroy();
  });

  it('logs a failed statement as one JSON line with its text and SQLSTATE, never its parameters or the values PostgreSQL quotes', async () => {
    const secretHash = hashToken('a session token');
    await expect(dataSource.query('SELECT $1::int', ['búsqueda de alguien'])).rejects.toThrow();
    await expect(
      dataSource.query('INSERT INTO staff_session (token_hash, account_id, expires_at) VALUES ($1, $2, now())', [
        secretHash,
        randomUUID(),
      ]),
    ).rejects.toThrow();
    expect(written.length).toBeGreaterThanOrEqual(2);
    const lines = written.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 'warn', statement: 'SELECT $1::int', sqlState: '22P02' }),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({ statement: expect.stringContaining('INSERT INTO staff_session'), sqlState: '23503' }),
    );
    const everything = written.join('\n');
    expect(everything).not.toContain('búsqueda');
    expect(everything).not.toContain(secretHash);
  });
});
