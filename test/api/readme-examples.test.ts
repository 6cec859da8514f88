import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App } from '../../api/src/app';
import { PROJECT_ROOT } from '../../api/src/common/paths';
import { seedDemo } from '../../api/src/seed/demo-accounts';
import { ownDatabase, type OwnDatabase } from '../support/databases';

/** The address the README's examples use: the server `npm start` runs. */
const README_SERVER = 'http://127.0.0.1:4000';

interface Example {
  language: string;
  code: string;
  /** The paragraph just above the block: what the example says it does. */
  says: string;
}

/** The fenced code blocks of the README, each with the paragraph that introduces it. */
function readmeExamples(): Example[] {
  const text = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
  return [...text.matchAll(/((?:[^\n]+\n)*)\n```(\w*)\n([\s\S]*?)```/g)].map(([, says, language, code]) => ({ language, code, says: says.replace(/\s+/g, ' ').trim() }));
}

/** Shell examples that talk to the server (curl); those that run npm scripts set up or operate it and are not requests. */
const isRequest = (example: Example) => example.language === 'sh' && example.code.includes(README_SERVER) && !/\bnpm\b/.test(example.code);

/**
 * Every request example in the README, run as written against a real server over a database
 * seeded as `npm start` seeds one (the report's data, the demo accounts): each does what its text
 * says.
 */
describe('the README examples', () => {
  let db: OwnDatabase;
  let app: App;
  let base: string;
  const examples = readmeExamples();

  beforeAll(async () => {
    db = await ownDatabase('readme');
    await seedDemo(db.dataSource);
    app = await createApp(db.dataSource, () => undefined);
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  }, 120_000);
  afterAll(async () => {
    await app.stop();
    await db.drop();
  });

  const graphql = async (query: string) => {
    const response = await fetch(`${base}/graphql/public`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    return { status: response.status, ...(await response.json()) };
  };
  const example = (says: RegExp) => {
    const found = examples.filter((e) => says.test(e.says));
    expect(found).toHaveLength(1);
    return found[0];
  };

  it('finds the examples it runs', () => {
    expect(examples.filter((e) => e.language === 'graphql').length).toBeGreaterThanOrEqual(4);
    expect(examples.filter(isRequest).length).toBeGreaterThanOrEqual(5);
  });

  it('answers every GraphQL example without an error', async () => {
    for (const { code, says } of examples.filter((e) => e.language === 'graphql')) {
      const result = await graphql(code);
      expect([says, result.status, result.errors]).toEqual([says, 200, undefined]);
      expect(Object.values(result.data).every((value) => value !== null)).toBe(true);
    }
  });

  it("answers commitment 6's meetings since October 2017 and only those, newest first", async () => {
    const { data } = await graphql(example(/^Commitment 6's meetings since October 2017, newest first/).code);
    expect(data.commitment.number).toBe(6);
    // The same meetings as the commitment itself lists, read another way.
    const id = /commitmentId: "([0-9a-f-]{36})"/.exec(example(/^Commitment 6's meetings/).code)![1];
    const own = (await graphql(`{ commitment(id: "${id}") { meetings { startDate title } } }`)).data.commitment.meetings as { startDate: string; title: string }[];
    const since = own.filter((m) => m.startDate >= '2017-10-01').sort((a, b) => b.startDate.localeCompare(a.startDate) || a.title.localeCompare(b.title));
    expect(since.length).toBeGreaterThan(2);
    expect(since.length).toBeLessThan(own.length);
    const answered = (data.events.nodes as { startDate: string; title: string }[]).map(({ startDate, title }) => ({ startDate, title }));
    expect(data.events.totalCount).toBe(since.length);
    expect([...answered].sort((a, b) => b.startDate.localeCompare(a.startDate) || a.title.localeCompare(b.title))).toEqual(since);
    expect(answered.map((m) => m.startDate)).toEqual(since.map((m) => m.startDate));
  });

  it("lists Coahuila's sessions only, in date order, with who sat at each", async () => {
    const { data } = await graphql(example(/^Who sat in the Secretariat at each session/).code);
    const coahuila = (await graphql('{ exerciseBySlug(slug: "coahuila-2015-2017") { statistics { ordinarySessions extraordinarySessions } } }')).data.exerciseBySlug.statistics;
    const dates = data.sessions.nodes.map((s: { date: string }) => s.date);
    expect(dates).toHaveLength(coahuila.ordinarySessions + coahuila.extraordinarySessions);
    expect(dates).toEqual([...dates].sort());
    expect(data.sessions.nodes.every((s: { seatHolders: unknown[] }) => s.seatHolders.length > 0)).toBe(true);
  });

  // Run asynchronously: the server answering them is in this process.
  const run = promisify(execFile);

  it('runs every curl example as written: no error, and what a comment says it prints is printed', async () => {
    for (const { code, says } of examples.filter(isRequest)) {
      const cwd = mkdtempSync(join(tmpdir(), 'tablero-readme-'));
      try {
        const { stdout } = await run('bash', ['-euo', 'pipefail', '-c', code.replaceAll(README_SERVER, base)], { cwd, encoding: 'utf8' });
        expect([says, stdout]).not.toEqual([says, expect.stringContaining('"errors"')]);
        for (const [, printed] of code.matchAll(/# prints (\S+)/g)) expect([says, stdout]).toEqual([says, expect.stringContaining(printed)]);
        // A download (-O) leaves a file that is not empty.
        for (const file of readdirSync(cwd).filter((name) => name !== 'jar')) expect([file, statSync(join(cwd, file)).size > 0]).toEqual([file, true]);
        if (!/ -[a-zA-Z]*O\b/.test(code)) expect([says, stdout.trim().length]).not.toEqual([says, 0]);
      } finally {
        rmSync(cwd, { recursive: true, force: true });
      }
    }
  });
});
