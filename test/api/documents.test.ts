import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createApp, type App } from '../../api/src/app';
import { StaffRole } from '../../api/src/common/viewer';
import { seedId } from '../../api/src/seed/upsert';
import { TestApi } from '../support/api';
import { ownDatabase, type OwnDatabase } from '../support/databases';
import { staff, TEST_PASSWORD } from '../support/staff';
import { listen } from '../support/listen';

/** A small but real PDF, and other files by their bytes. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Documents over HTTP as scripts and browsers use them: upload (POST /documents/upload), record
 * (createDocument), download (/files/<sha256>/<name>), within each viewer's scope.
 */
describe('documents: upload, record, download', () => {
  let database: OwnDatabase;
  let api: TestApi;
  let app: App;
  let base: string;
  const cookies: Record<string, string> = {};
  const logged: string[] = [];

  const signIn = async (role: StaffRole, scope: { organization?: string; state?: string }) => {
    const { account } = await staff(database.dataSource.manager, role, scope);
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
        variables: { e: account.email, p: TEST_PASSWORD },
      }),
    });
    return (response.headers.get('set-cookie') ?? '').split(';')[0];
  };
  const gql = async (cookie: string | null, query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as {
      data?: Record<string, any>;
      errors?: { message: string; extensions: Record<string, unknown> }[];
    };
  };
  const upload = (cookie: string | null, bytes: Buffer, name: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/documents/upload`, {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        'x-file-name': encodeURIComponent(name),
        ...(cookie ? { cookie } : {}),
        ...headers,
      },
      body: new Uint8Array(bytes),
    });
  const CREATE =
    'mutation($input: DocumentInput!) { createDocument(input: $input) { id version downloadPath size mediaType publication } }';
  const counts = async () => {
    const [row] = await database.dataSource.query(
      'SELECT (SELECT count(*) FROM document)::int AS documents, (SELECT count(*) FROM audit_event)::int AS audit, (SELECT count(*) FROM document_content)::int AS contents',
    );
    return row;
  };

  let ourMilestone: string;
  let theirMilestone: string;
  let session: string;

  beforeAll(async () => {
    database = await ownDatabase('documents');
    api = await TestApi.open(database.url);
    app = await createApp(database.dataSource, (line) => logged.push(line));
    base = await listen(app.server);
    cookies.agency = await signIn(StaffRole.AGENCY_EDITOR, { organization: 'dipetre' });
    cookies.otherAgency = await signIn(StaffRole.AGENCY_EDITOR, { organization: 'conagua', state: 'MX-COA' });
    cookies.institute = await signIn(StaffRole.INSTITUTE_ADMIN, { organization: 'icai', state: 'MX-COA' });
    cookies.follower = await signIn(StaffRole.CIVIL_SOCIETY_FOLLOWER, { organization: 'movimiento-magisterial' });
    const q = (sql: string) => database.dataSource.query(sql);
    // Milestones of commitment 2 (DIPETRE's) and 6 (CONAGUA's); the seed transcribes none.
    const milestoneOf = (commitment: string) =>
      q(
        `INSERT INTO milestone (commitment_id, position, title, publication) VALUES ('${seedId(`commitment:coahuila-2015-2017:${commitment}`)}', 900, 'Hito de prueba', 'PUBLISHED') RETURNING id`,
      );
    [{ id: ourMilestone }] = await milestoneOf('c2');
    [{ id: theirMilestone }] = await milestoneOf('c6');
    [{ id: session }] = await q(`SELECT id FROM session WHERE publication = 'PUBLISHED' ORDER BY date LIMIT 1`);
  });
  afterAll(async () => {
    await app.stop();
    await api.close();
    await database.drop();
  });

  it('an agency uploads a PDF of evidence to its milestone, marks it done, and anyone downloads the same bytes once it is published', async () => {
    const uploaded = await upload(cookies.agency, PDF, 'Evidencia del hito.pdf');
    expect(uploaded.status).toBe(201);
    const file = await uploaded.json();
    expect(file).toMatchObject({
      sha256: sha(PDF),
      size: PDF.length,
      mediaType: 'application/pdf',
      fileName: 'Evidencia del hito.pdf',
    });

    const created = await gql(cookies.agency, CREATE, {
      input: {
        milestoneId: ourMilestone,
        title: 'Evidencia',
        kind: 'EVIDENCE',
        contentSha256: file.sha256,
        fileName: file.fileName,
      },
    });
    expect([created.errors, logged.filter((l) => l.includes('error'))]).toEqual([undefined, []]);
    const document = created.data?.createDocument;
    expect(document).toMatchObject({
      size: PDF.length,
      mediaType: 'application/pdf',
      publication: 'DRAFT',
      downloadPath: `/files/${sha(PDF)}/Evidencia%20del%20hito.pdf`,
    });

    // A draft: the public gets nothing, the agency (in scope) gets it, privately cached.
    expect((await fetch(`${base}${document.downloadPath}`)).status).toBe(404);
    const draft = await fetch(`${base}${document.downloadPath}`, { headers: { cookie: cookies.agency } });
    expect(draft.status).toBe(200);
    expect(draft.headers.get('cache-control')).toBe('private, no-cache');
    expect(Buffer.from(await draft.arrayBuffer()).equals(PDF)).toBe(true);

    const milestone = (await gql(cookies.agency, '{ milestone(id: "' + ourMilestone + '") { version } }')).data
      ?.milestone;
    const done = await gql(
      cookies.agency,
      'mutation($id: ID!, $v: Int!) { updateMilestone(id: $id, version: $v, input: { status: DONE, evidenceUrl: null, evidenceDescription: null }) { status documents { id } } }',
      { id: ourMilestone, v: milestone.version },
    );
    expect(done.errors).toBeUndefined();
    expect(done.data?.updateMilestone).toEqual({ status: 'DONE', documents: [{ id: document.id }] });

    const published = await gql(
      cookies.agency,
      'mutation($id: ID!, $v: Int!) { updateDocument(id: $id, version: $v, input: { publication: PUBLISHED }) { publication } }',
      { id: document.id, v: document.version },
    );
    expect(published.errors).toBeUndefined();
    const response = await fetch(`${base}${document.downloadPath}`);
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(sha(bytes)).toBe(file.sha256);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toMatch(/sandbox/);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Evidencia del hito.pdf"; filename*=UTF-8''Evidencia%20del%20hito.pdf`,
    );
    expect(response.headers.get('etag')).toBe(`"${file.sha256}"`);
    expect(response.headers.get('cache-control')).toMatch(/^public, .*immutable/);

    const head = await fetch(`${base}${document.downloadPath}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(PDF.length));
    const again = await fetch(`${base}${document.downloadPath}`, { headers: { 'if-none-match': `"${file.sha256}"` } });
    expect(again.status).toBe(304);
  });

  it('a milestone marked done with neither a link, a description nor a document is refused, naming the field', async () => {
    const [{ id, version }] = await database.dataSource.query(
      `INSERT INTO milestone (commitment_id, position, title) SELECT commitment_id, 901, 'Sin evidencia' FROM milestone WHERE id = $1 RETURNING id, version`,
      [ourMilestone],
    );
    const before = await counts();
    const refused = await gql(
      cookies.agency,
      'mutation($id: ID!, $v: Int!) { updateMilestone(id: $id, version: $v, input: { status: DONE, evidenceUrl: null, evidenceDescription: null }) { status } }',
      { id, v: version },
    );
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.evidenceUrl',
      reason: 'EVIDENCE_NEEDED',
    });
    expect(await counts()).toEqual(before);
  });

  it('the only evidence document of a done milestone can be neither deleted nor moved away until the milestone has other evidence', async () => {
    // The first test left our milestone DONE with one document as its only evidence.
    const documentRow = () =>
      database.dataSource.query('SELECT id, version, milestone_id, deleted_at FROM document WHERE milestone_id = $1', [
        ourMilestone,
      ]);
    const [evidence] = await documentRow();
    const [{ id: elsewhere }] = await database.dataSource.query(
      `INSERT INTO milestone (commitment_id, position, title) SELECT commitment_id, 902, 'Otro hito' FROM milestone WHERE id = $1 RETURNING id`,
      [ourMilestone],
    );
    const before = await counts();
    const moved = await gql(
      cookies.agency,
      'mutation($id: ID!, $v: Int!, $m: ID!) { updateDocument(id: $id, version: $v, input: { milestoneId: $m }) { id } }',
      { id: evidence.id, v: evidence.version, m: elsewhere },
    );
    expect(moved.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.milestoneId',
      reason: 'LAST_EVIDENCE',
    });
    const DELETE = 'mutation($id: ID!, $v: Int!) { deleteDocument(id: $id, version: $v) { id } }';
    const deleted = await gql(cookies.agency, DELETE, { id: evidence.id, v: evidence.version });
    expect(deleted.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'id',
      reason: 'LAST_EVIDENCE',
    });
    expect(deleted.errors?.[0].message).toMatch(/only evidence of milestone/);
    expect([await counts(), await documentRow()]).toEqual([before, [evidence]]);

    // Once the milestone says where its evidence is, the document may go.
    const { version } = (await gql(cookies.agency, `{ milestone(id: "${ourMilestone}") { version } }`)).data?.milestone;
    const described = await gql(
      cookies.agency,
      'mutation($id: ID!, $v: Int!) { updateMilestone(id: $id, version: $v, input: { evidenceDescription: "Archivo de la dependencia" }) { status } }',
      { id: ourMilestone, v: version },
    );
    expect(described.data?.updateMilestone).toEqual({ status: 'DONE' });
    const gone = await gql(cookies.agency, DELETE, { id: evidence.id, v: evidence.version });
    expect(gone.errors).toBeUndefined();
  });

  it("the institute uploads a session's minutes; the same file twice is stored once", async () => {
    const acta = Buffer.concat([PDF, Buffer.from('% acta de sesión\n')]);
    const first = await upload(cookies.institute, acta, 'Acta.pdf');
    expect(first.status).toBe(201);
    const before = await counts();
    const second = await upload(cookies.institute, acta, 'Acta (copia).pdf');
    expect(second.status).toBe(200);
    expect((await second.json()).sha256).toBe(sha(acta));
    expect(await counts()).toEqual(before);
    const created = await gql(cookies.institute, CREATE, {
      input: {
        sessionId: session,
        title: 'Acta de la sesión',
        kind: 'ACTA',
        date: '2016-03',
        contentSha256: sha(acta),
        fileName: 'Acta.pdf',
        publication: 'PUBLISHED',
      },
    });
    expect(created.errors).toBeUndefined();
    const listed = await gql(null, `{ session(id: "${session}") { documents { title kind date downloadPath } } }`);
    expect(listed.data?.session.documents).toEqual([
      { title: 'Acta de la sesión', kind: 'ACTA', date: '2016-03', downloadPath: `/files/${sha(acta)}/Acta.pdf` },
    ]);
    // A record's documents of one kind: the calendar widget asks for a session's acta so.
    const byKind = await gql(
      null,
      `{ session(id: "${session}") { actas: documents(kind: ACTA) { title } other: documents(kind: EVIDENCE) { title } } }`,
    );
    expect(byKind.data?.session).toEqual({ actas: [{ title: 'Acta de la sesión' }], other: [] });
    const response = await fetch(`${base}/files/${sha(acta)}/Acta.pdf`);
    expect(sha(Buffer.from(await response.arrayBuffer()))).toBe(sha(acta));
  });

  it("the exercise's data package lists its published documents (address, hash, size, the record each belongs to), drafts left out", async () => {
    const draft = Buffer.concat([PDF, Buffer.from('% borrador\n')]);
    await upload(cookies.institute, draft, 'Borrador.pdf');
    const created = await gql(cookies.institute, CREATE, {
      input: {
        sessionId: session,
        title: 'Borrador',
        kind: 'OTHER',
        contentSha256: sha(draft),
        fileName: 'Borrador.pdf',
      },
    });
    expect(created.data?.createDocument.publication).toBe('DRAFT');
    const response = await fetch(`${base}/data/exercises/coahuila-2015-2017/documents.json`);
    expect(response.status).toBe(200);
    const acta = Buffer.concat([PDF, Buffer.from('% acta de sesión\n')]);
    const listed: Record<string, any>[] = await response.json();
    expect(listed.find((d) => d.belongs_to === 'session')).toEqual(
      expect.objectContaining({
        title: 'Acta de la sesión',
        kind: 'ACTA',
        date: '2016-03',
        session_id: session,
        milestone_id: null,
        url: `${base}/files/${sha(acta)}/Acta.pdf`,
        sha256: sha(acta),
        size: acta.length,
        media_type: 'application/pdf',
        file_name: 'Acta.pdf',
      }),
    );
    // Beside it, the report the seed transcribes, kept as the exercise's document.
    const report = readFileSync('api/src/seed/sources/informe-coahuila-2015-2017.txt');
    expect(listed.find((d) => d.belongs_to === 'exercise')).toEqual(
      expect.objectContaining({
        kind: 'REPORT',
        session_id: null,
        sha256: sha(report),
        size: report.length,
        media_type: expect.stringMatching(/^text\/plain/),
        file_name: 'informe-coahuila-2015-2017.txt',
        source_note: expect.stringMatching(/transcribe/),
      }),
    );
    expect(listed).toHaveLength(2);
    for (const document of listed)
      expect(sha(Buffer.from(await (await fetch(document.url)).arrayBuffer()))).toBe(document.sha256);
  });

  it('refuses out-of-scope documents, and leaves rows and audit as they were', async () => {
    const file = await (await upload(cookies.agency, Buffer.concat([PDF, Buffer.from('% otra\n')]), 'otra.pdf')).json();
    const before = await counts();
    const input = { title: 'Fuera de alcance', kind: 'EVIDENCE', contentSha256: file.sha256, fileName: 'otra.pdf' };
    // Another agency's milestone, a Secretariat session (the institute's), and both at once.
    const other = await gql(cookies.agency, CREATE, { input: { ...input, milestoneId: theirMilestone } });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.milestoneId' });
    const sessionDoc = await gql(cookies.agency, CREATE, { input: { ...input, sessionId: session } });
    expect(sessionDoc.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.sessionId' });
    const two = await gql(cookies.institute, CREATE, {
      input: { ...input, sessionId: session, milestoneId: ourMilestone },
    });
    expect(two.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ONE_OF' });
    const unknown = await gql(cookies.institute, CREATE, {
      input: { ...input, sessionId: session, contentSha256: 'f'.repeat(64) },
    });
    expect(unknown.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.contentSha256',
      reason: 'UNKNOWN_REFERENCE',
    });
    expect(await counts()).toEqual(before);
  });

  it('refuses uploads from the public and from followers, and without a file name', async () => {
    const anonymous = await upload(null, PDF, 'a.pdf');
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const follower = await upload(cookies.follower, PDF, 'a.pdf');
    expect(follower.status).toBe(403);
    const nameless = await fetch(`${base}/documents/upload`, {
      method: 'POST',
      headers: { cookie: cookies.agency },
      body: new Uint8Array(PDF),
    });
    expect(nameless.status).toBe(400);
    expect((await nameless.json()).errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'fileName',
      reason: 'REQUIRED',
    });
  });

  it.each([
    ['a Windows program', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]), 'setup.pdf', 'FILE_TYPE_REFUSED'],
    [
      'a Linux program',
      Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(200, 2)]),
      'informe.pdf',
      'FILE_TYPE_REFUSED',
    ],
    [
      'an HTML page named .pdf',
      Buffer.from('  <!DOCTYPE html><html><script>alert(1)</script></html>'),
      'acta.pdf',
      'FILE_TYPE_REFUSED',
    ],
    [
      'an SVG with a script',
      Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      'logo.svg',
      'FILE_TYPE_REFUSED',
    ],
    [
      'an SVG with an event handler',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><rect onload="alert(1)"/></svg>'),
      'logo.svg',
      'FILE_TYPE_REFUSED',
    ],
    ['unknown binary bytes', Buffer.from([0, 1, 2, 3, 4, 5, 250, 251]), 'datos.csv', 'FILE_TYPE_UNKNOWN'],
    ['an empty file', Buffer.alloc(0), 'vacío.txt', 'FILE_EMPTY'],
  ])('refuses %s with a JSON error naming the file, storing nothing', async (_label, bytes, name, reason) => {
    const before = await counts();
    const response = await upload(cookies.agency, bytes, name);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', reason, fileName: name });
    expect(await counts()).toEqual(before);
  });

  it.each([
    [
      'a PNG',
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]),
      'image/png',
    ],
    ['a JPEG', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 8)]), 'image/jpeg'],
    ['a CSV named .txt', Buffer.from('compromiso,hito,estado\n1,1,cumplido\n2,1,en curso\n'), 'text/csv'],
    [
      'plain text in Spanish',
      Buffer.from('Acta de la sesión ordinaria.\nSe acordó publicar el informe.\n'),
      'text/plain',
    ],
    [
      'a plain SVG',
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>'),
      'image/svg+xml',
    ],
    [
      'an old Office document',
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(64, 9)]),
      'application/vnd.ms-office',
    ],
  ])('detects %s from its bytes, whatever its name', async (_label, bytes, mediaType) => {
    const response = await upload(cookies.agency, bytes, 'archivo.pdf');
    expect(response.status).toBeLessThan(300);
    expect((await response.json()).mediaType).toBe(mediaType);
  });

  it('refuses a file over the size limit, storing nothing', async () => {
    const before = await counts();
    const big = Buffer.concat([PDF, Buffer.alloc(25 * 1024 * 1024, 0x20)]);
    const response = await upload(cookies.agency, big, 'grande.pdf');
    expect(response.status).toBe(413);
    expect((await response.json()).errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'file',
      reason: 'FILE_TOO_LARGE',
    });
    expect(await counts()).toEqual(before);
  });

  it('serves nothing for an unknown hash or a malformed address', async () => {
    expect((await fetch(`${base}/files/${'0'.repeat(64)}/x.pdf`)).status).toBe(404);
    expect((await fetch(`${base}/files/not-a-hash/x.pdf`)).status).toBe(404);
  });
});
