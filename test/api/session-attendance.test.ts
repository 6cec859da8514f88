import type { QueryRunner } from 'typeorm';
import { seedId } from '../../api/src/seed/upsert';
import { TestApi } from '../support/api';
import { roles } from '../support/staff';

const X = 'coahuila-2015-2017';
const seventh = seedId(`session:${X}:ORDINARY-7`);
const sixth = seedId(`session:${X}:ORDINARY-6`);

/** Who attended a session: as the report gives it for the seventh, written by the institute only. */
describe('session attendance', () => {
  let api: TestApi;
  let who: Awaited<ReturnType<typeof roles>>;
  let runner: QueryRunner;

  beforeAll(async () => {
    api = await TestApi.open();
    who = await roles(api.dataSource.manager);
  });
  afterAll(() => api.close());
  // Writes go into a transaction rolled back after each case: the seeded session stays the report's.
  beforeEach(async () => {
    runner = api.dataSource.createQueryRunner();
    await runner.startTransaction();
  });
  afterEach(async () => {
    await runner.rollbackTransaction();
    await runner.release();
  });

  const ATTENDANCE = `query($id: ID!) { session(id: $id) { number attendance { post { label } organization { name } person { name } description source { note } } } }`;

  it('gives the seventh session the seats the report says attended, and no one for a session the report is silent about', async () => {
    const { session } = await api.data(ATTENDANCE, { id: seventh });
    expect(session.number).toBe(7);
    expect(session.attendance.map((a: { post: { label: string } }) => a.post.label).sort()).toEqual(
      [
        'Enlace de la Región Carbonífera',
        'Enlace de la Región Centro',
        'Enlace de la Región Laguna',
        'Enlace de la Región Norte',
        'Enlace de la Región Sureste',
        'Representante de la autoridad local',
        'Representante de las Organizaciones de la Sociedad Civil',
        'Representante del órgano garante',
      ].sort(),
    );
    // By seat only: the report does not say which person sat in each seat.
    for (const a of session.attendance) {
      expect(a).toMatchObject({ person: null, organization: null, description: null });
      expect(a.source.note).toContain('con la asistencia de los representantes de la sociedad civil');
    }
    expect((await api.data(ATTENDANCE, { id: sixth })).session.attendance).toEqual([]);
  });

  it('costs one statement per level for a list of sessions with their attendance and seats', async () => {
    const result = await api.query(`{ sessions(first: 20) { nodes { number attendance { post { label } } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.sessions.nodes.filter((s: { attendance: unknown[] }) => s.attendance.length > 0)).toHaveLength(
      1,
    );
    // Sessions, then every session's attendance at once, then every seat at once.
    expect(result.statements).toBe(3);
  });

  it("lets the institute record an attendee in the report's words, refuses agencies and attendances naming no one, and audits the write", async () => {
    const CREATE = `mutation($input: SessionAttendanceInput!) { record: createSessionAttendance(input: $input) { id publication description session { number } } }`;
    const manager = runner.manager;
    const count = async () => Number((await manager.query('SELECT count(*) AS n FROM session_attendance'))[0].n);
    const audits = async () =>
      Number((await manager.query(`SELECT count(*) AS n FROM audit_event WHERE entity = 'SessionAttendance'`))[0].n);
    const [rows, audited] = [await count(), await audits()];

    const refused = await api.query(
      CREATE,
      { input: { sessionId: seventh, description: 'Sociedad civil de la región centro' } },
      who.agency,
      { manager },
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const otherState = await api.query(
      CREATE,
      { input: { sessionId: seventh, description: 'Sociedad civil' } },
      who.otherInstitute,
      { manager },
    );
    expect(otherState.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const nobody = await api.query(CREATE, { input: { sessionId: seventh } }, who.institute, { manager });
    expect(nobody.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.postId' });
    expect([await count(), await audits()]).toEqual([rows, audited]);

    const created = await api.query(
      CREATE,
      { input: { sessionId: seventh, description: 'Sociedad civil de la región centro' } },
      who.institute,
      { manager },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.record).toMatchObject({
      publication: 'DRAFT',
      description: 'Sociedad civil de la región centro',
      session: { number: 7 },
    });
    expect([await count(), await audits()]).toEqual([rows + 1, audited + 1]);
    // A draft: the public still sees the report's eight seats only.
    expect(
      (await api.query(ATTENDANCE, { id: seventh }, undefined, { manager })).data?.session.attendance,
    ).toHaveLength(8);
    expect(
      (await api.query(ATTENDANCE, { id: seventh }, who.institute, { manager })).data?.session.attendance,
    ).toHaveLength(9);
  });
});
