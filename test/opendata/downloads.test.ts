import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Validator } from 'jsonschema';
import { PROJECT_ROOT } from '../../api/src/common/paths';
import { RESOURCES } from '../../api/src/modules/opendata/resources';
import { seedId } from '../../api/src/seed/upsert';
import { roles } from '../support/staff';
import { COAHUILA, COAHUILA_ID, csvObjects, parseCsv, sandboxExercise, startApp } from './support';

/**
 * The open-data downloads a journalist takes away: every table of an exercise as CSV (opens in a
 * spreadsheet with accents intact) and JSON, at stable addresses, holding exactly what the public
 * API shows: the same rows and the same totals.
 */
describe('open data downloads', () => {
  let ctx: Awaited<ReturnType<typeof startApp>>;
  const at = (path: string) => `${ctx.base}/data/exercises/${COAHUILA}/${path}`;
  const csv = async (name: string) => {
    const response = await fetch(at(`${name}.csv`));
    expect(response.status).toBe(200);
    return { response, text: Buffer.from(await response.arrayBuffer()).toString('utf8') };
  };
  const json = async (name: string) => (await (await fetch(at(`${name}.json`))).json()) as Record<string, unknown>[];

  beforeAll(async () => {
    ctx = await startApp('downloads');
  });
  afterAll(() => ctx.stop());

  it('writes CSV as plain UTF-8, and a copy for spreadsheets with a BOM: a header row, comma, CRLF, accents intact, bare numbers', async () => {
    const { response, text } = await csv('information-deliveries');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="${COAHUILA}_information-deliveries.csv"`,
    );
    expect(text.startsWith('id,commitment_id,commitment_number,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const excel = await csv('information-deliveries-excel');
    expect(excel.response.headers.get('content-disposition')).toBe(
      `attachment; filename="${COAHUILA}_information-deliveries-excel.csv"`,
    );
    expect(excel.text).toBe(`\uFEFF${text}`);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(RESOURCES.find((r) => r.name === 'information-deliveries')?.fields.map((f) => f.name));
    expect(rows.every((row) => row.length === header.length)).toBe(true);
    expect(text).toContain('Dirección de Pensiones de los Trabajadores al Servicio de la Educación');
    const pages = rows.map((row) => row[header.indexOf('pages')]).filter(Boolean);
    expect(pages).toContain('2871');
    expect(pages.every((value) => /^\d+$/.test(value))).toBe(true);
  });

  it('logs each download with its request id and the SQL it cost; a revalidation costs none', async () => {
    const accessLine = (requestId: string | null) =>
      ctx.logged.map((line) => JSON.parse(line)).find((line) => line.msg === 'request' && line.requestId === requestId);
    const first = await fetch(at('sessions.csv'));
    await first.arrayBuffer();
    const etag = first.headers.get('etag') as string;
    const again = await fetch(at('sessions.csv'), { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    // The access line is written when the response has finished: give the event loop a turn.
    await new Promise((resolve) => setImmediate(resolve));
    // The exercise's lookup, then BEGIN, DECLARE, FETCH, CLOSE and COMMIT of the snapshot.
    expect(accessLine(first.headers.get('x-request-id'))).toMatchObject({
      path: '/data',
      status: 200,
      sqlStatements: 6,
    });
    expect(accessLine(again.headers.get('x-request-id'))).toMatchObject({
      path: '/data',
      status: 304,
      sqlStatements: 0,
    });
  });

  it('gives dates in ISO 8601 at the precision the source gives, and places by INEGI key', async () => {
    const events = csvObjects((await csv('events')).text);
    const dates = events.map((e) => e.start_date).filter(Boolean);
    expect(dates.every((d) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(d))).toBe(true);
    expect(dates).toContain('2017-02'); // the DIPETRE meeting "in February 2017": no invented day
    const sessions = csvObjects((await csv('sessions')).text);
    const first = sessions.find((s) => s.type === 'ORDINARY' && s.number === '1');
    expect(first).toMatchObject({
      date: '2015-09-28',
      municipality_cvegeo: '05030',
      municipality_name: 'Saltillo',
      time_zone: 'America/Monterrey',
    });
    expect(events.some((e) => e.time_zone === 'America/Matamoros' && e.municipality_cvegeo === '05025')).toBe(true); // Piedras Negras
  });

  it('serves the same records as CSV and as JSON', async () => {
    for (const resource of RESOURCES) {
      const fromCsv = csvObjects((await csv(resource.name)).text);
      const fromJson = await json(resource.name);
      expect(fromJson).toHaveLength(fromCsv.length);
      fromJson.forEach((record, i) => {
        for (const field of resource.fields) {
          const value = record[field.name];
          const cell = value === null ? '' : Array.isArray(value) ? value.join(';') : String(value);
          expect([resource.name, field.name, fromCsv[i][field.name]]).toEqual([resource.name, field.name, cell]);
        }
      });
    }
  });

  it("round-trips Coahuila's records: row counts and totals match the GraphQL answers", async () => {
    const { exercise } = await ctx.api.data(
      `query($id: ID!) { exercise(id: $id) {
        pagesDelivered { pages qualifier deliveriesCounted deliveriesWithoutPageCount }
        statistics { sessions ordinarySessions agreements events }
        actionPlans { commitments { id number pagesDelivered { pages qualifier } meetings { id } informationRequests { id } informationDeliveries { id pages } milestones { id } responsibleAgencies { id } followers { id } } }
        secretariat { posts { id memberships { id } } sessions { id agreements { id } } }
      } }`,
      { id: COAHUILA_ID },
    );
    const commitments = exercise.actionPlans.flatMap((plan: { commitments: unknown[] }) => plan.commitments) as any[];
    const rows = csvObjects((await csv('commitments')).text);
    expect(rows).toHaveLength(commitments.length);
    for (const commitment of commitments) {
      const row = rows.find((r) => r.id === commitment.id) as Record<string, string>;
      expect(row.pages_delivered === '' ? null : Number(row.pages_delivered)).toBe(commitment.pagesDelivered.pages);
      expect(row.pages_delivered_qualifier).toBe(commitment.pagesDelivered.qualifier);
      expect(row.responsible_agency_ids.split(';').filter(Boolean).sort()).toEqual(
        commitment.responsibleAgencies.map((o: { id: string }) => o.id).sort(),
      );
      expect(row.follower_ids.split(';').filter(Boolean).sort()).toEqual(
        commitment.followers.map((o: { id: string }) => o.id).sort(),
      );
      // No milestones in the report: progress unknown, never 0.
      expect(row.progress_percent).toBe('');
      expect(row.progress_unknown_reason).toBe('NO_MILESTONES');
    }
    const count = (key: string) => commitments.reduce((sum, c) => sum + c[key].length, 0);
    expect(csvObjects((await csv('meetings')).text)).toHaveLength(count('meetings'));
    expect(csvObjects((await csv('information-requests')).text)).toHaveLength(count('informationRequests'));
    expect(csvObjects((await csv('milestones')).text)).toHaveLength(count('milestones'));
    const deliveries = csvObjects((await csv('information-deliveries')).text);
    expect(deliveries).toHaveLength(count('informationDeliveries'));
    const pages = deliveries.reduce((sum, d) => sum + Number(d.pages || 0), 0);
    expect(pages).toBe(exercise.pagesDelivered.pages);
    expect(pages).toBe(11169); // the report: 2,737 + 2,871 + 754 + 4,016 + 469 + 322, each "more than"
    expect(deliveries.filter((d) => d.pages !== '')).toHaveLength(exercise.pagesDelivered.deliveriesCounted);
    expect(deliveries.filter((d) => d.pages === '')).toHaveLength(exercise.pagesDelivered.deliveriesWithoutPageCount);

    const sessions = csvObjects((await csv('sessions')).text);
    expect(sessions).toHaveLength(exercise.statistics.sessions);
    expect(sessions).toHaveLength(9);
    expect(sessions.filter((s) => s.type === 'ORDINARY')).toHaveLength(exercise.statistics.ordinarySessions);
    const agreements = csvObjects((await csv('agreements')).text);
    expect(agreements).toHaveLength(exercise.statistics.agreements);
    expect(sessions.reduce((sum, s) => sum + Number(s.agreements), 0)).toBe(
      exercise.secretariat.sessions.reduce((sum: number, s: { agreements: unknown[] }) => sum + s.agreements.length, 0),
    );
    // The table holds the series too (they carry the totals the report gives for them); the statistics count each event once.
    const eventRows = csvObjects((await csv('events')).text);
    expect(eventRows.filter((e) => !eventRows.some((part) => part.parent_id === e.id))).toHaveLength(
      exercise.statistics.events,
    );
    expect(csvObjects((await csv('posts')).text)).toHaveLength(exercise.secretariat.posts.length);
    expect(csvObjects((await csv('memberships')).text)).toHaveLength(
      exercise.secretariat.posts.reduce((sum: number, p: { memberships: unknown[] }) => sum + p.memberships.length, 0),
    );
  });

  it('exports only what the public sees: drafts, deleted records and records under a draft never leak', async () => {
    const who = await roles(ctx.api.dataSource.manager);
    const sandbox = await sandboxExercise(ctx.api, who.institute, 'descargas');
    const agency = seedId('organization:dipetre');
    const published = await sandbox.create('Commitment', {
      planId: sandbox.plan,
      number: 1,
      title: 'Compromiso publicado',
      publication: 'PUBLISHED',
      responsibleAgencyIds: [agency],
    });
    const draft = await sandbox.create('Commitment', {
      planId: sandbox.plan,
      number: 2,
      title: 'Compromiso en borrador',
    });
    const removed = await sandbox.create('Commitment', {
      planId: sandbox.plan,
      number: 3,
      title: 'Compromiso eliminado',
      publication: 'PUBLISHED',
    });
    await ctx.api.data(
      `mutation($id: ID!) { deleteCommitment(id: $id, version: 1) { id } }`,
      { id: removed },
      who.institute,
    );
    const shown = await sandbox.create('InformationDelivery', {
      commitmentId: published,
      description: 'Entrega pública',
      pages: 10,
      pagesQualifier: 'EXACT',
      publication: 'PUBLISHED',
    });
    await sandbox.create('InformationDelivery', {
      commitmentId: published,
      description: 'Entrega en borrador',
      pages: 500,
      pagesQualifier: 'EXACT',
    });
    await sandbox.create('InformationDelivery', {
      commitmentId: draft,
      description: 'Entrega pública de un compromiso en borrador',
      pages: 700,
      pagesQualifier: 'EXACT',
      publication: 'PUBLISHED',
    });
    const draftEvent = await sandbox.create('Event', {
      exerciseId: sandbox.exercise,
      kind: 'WORKSHOP',
      title: 'Taller en borrador',
      startDate: '2016-03-15',
    });
    await sandbox.create('Agreement', {
      eventId: draftEvent,
      position: 1,
      text: 'Acuerdo público de un evento en borrador',
      publication: 'PUBLISHED',
    });

    const get = async (name: string) =>
      csvObjects(
        Buffer.from(
          await (await fetch(`${ctx.base}/data/exercises/${sandbox.slug}/${name}.csv`)).arrayBuffer(),
        ).toString('utf8'),
      );
    const commitments = await get('commitments');
    expect(commitments.map((c) => c.id)).toEqual([published]);
    expect(commitments[0]).toMatchObject({
      pages_delivered: '10',
      deliveries_counted: '1',
      responsible_agency_ids: agency,
    });
    const deliveries = await get('information-deliveries');
    expect(deliveries.map((d) => d.id)).toEqual([shown]);
    expect(await get('events')).toEqual([]);
    expect(await get('agreements')).toEqual([]);
    const everything = (
      await Promise.all(
        RESOURCES.map(async (r) => (await fetch(`${ctx.base}/data/exercises/${sandbox.slug}/${r.name}.json`)).text()),
      )
    ).join('\n');
    for (const hidden of [draft, removed, draftEvent, 'borrador', 'eliminado'])
      expect(everything).not.toContain(hidden);
  });

  it('answers 404 for an exercise the public cannot see and for a file that does not exist', async () => {
    const who = await roles(ctx.api.dataSource.manager);
    const slug = `borrador-${Date.now()}`;
    await ctx.api.data(
      `mutation($i: ExerciseInput!) { createExercise(input: $i) { id } }`,
      { i: { slug, title: 'Ejercicio en borrador', stateId: seedId('state:MX-COA') } },
      who.institute,
    );
    expect((await fetch(`${ctx.base}/data/exercises/${slug}/commitments.csv`)).status).toBe(404);
    expect((await fetch(`${ctx.base}/data/exercises/${slug}/`)).status).toBe(404);
    expect((await fetch(at('secrets.csv'))).status).toBe(404);
    expect((await fetch(`${ctx.base}/data/exercises/no-existe/commitments.csv`)).status).toBe(404);
  });

  it('links every download from the exercise page and lists the exercise on the index', async () => {
    const page = await (await fetch(`${ctx.base}/data/exercises/${COAHUILA}/`)).text();
    for (const resource of RESOURCES) {
      expect(page).toContain(`href="/data/exercises/${COAHUILA}/${resource.name}.csv"`);
      expect(page).toContain(`href="/data/exercises/${COAHUILA}/${resource.name}.json"`);
    }
    for (const path of [
      'datapackage.zip',
      'datapackage.json',
      'popolo.json',
      'catalog.json',
      'diccionario-de-datos.csv',
    ])
      expect(page).toContain(`/data/exercises/${COAHUILA}/${path}`);
    expect(page).toContain(`/calendar/exercises/${COAHUILA}.ics`);
    expect(page).toContain(`/feeds/exercises/${COAHUILA}.atom`);
    expect(await (await fetch(`${ctx.base}/data/`)).text()).toContain(`href="/data/exercises/${COAHUILA}/"`);
  });

  it('is linked from the schema: every address an exercise and a commitment name answers', async () => {
    const { exercise } = await ctx.api.data(
      `query($id: ID!) { exercise(id: $id) { openData { page tables { name csv json } dataPackage dataPackageDescriptor dataDictionary popolo catalog calendar changeFeed } actionPlans { commitments { changeFeed } } } }`,
      { id: COAHUILA_ID },
    );
    const { openData } = exercise;
    expect(openData.tables.map((t: { name: string }) => t.name)).toEqual(RESOURCES.map((r) => r.name));
    const addresses = [
      openData.page,
      openData.dataPackage,
      openData.dataPackageDescriptor,
      openData.dataDictionary,
      openData.popolo,
      openData.catalog,
      openData.calendar,
      openData.changeFeed,
      ...openData.tables.flatMap((t: { csv: string; json: string }) => [t.csv, t.json]),
      exercise.actionPlans[0].commitments[0].changeFeed,
    ];
    for (const address of addresses) {
      const response = await fetch(`${ctx.base}${address}`);
      expect([address, response.status]).toEqual([address, 200]);
      await response.arrayBuffer();
    }
  });

  it("describes Coahuila's people, organisations, seats and seat holders in Popolo's shape", async () => {
    const popolo = await (await fetch(at('popolo.json'))).json();
    expect(Object.keys(popolo)).toEqual(['persons', 'organizations', 'posts', 'memberships', 'areas']);
    const { secretariat } = (
      await ctx.api.data(
        `query($id: ID!) { exercise(id: $id) { secretariat { id posts { id memberships { id person { id } onBehalfOf { id } } } } } }`,
        { id: COAHUILA_ID },
      )
    ).exercise;
    const memberships = secretariat.posts.flatMap((p: { memberships: unknown[] }) => p.memberships);
    expect(popolo.posts).toHaveLength(secretariat.posts.length);
    expect(popolo.memberships).toHaveLength(memberships.length);
    const stga = popolo.organizations.find((o: { id: string }) => o.id === secretariat.id);
    expect(stga.classification).toBe('technical-secretariat');
    const ids = new Set([...popolo.persons, ...popolo.organizations, ...popolo.posts].map((r: { id: string }) => r.id));
    for (const m of popolo.memberships) {
      expect(ids.has(m.person_id) && ids.has(m.post_id) && ids.has(m.organization_id)).toBe(true);
      if (m.on_behalf_of_id) expect(ids.has(m.on_behalf_of_id)).toBe(true);
      expect(m.sources[0].note).toBeTruthy();
    }
    expect(popolo.areas[0]).toMatchObject({
      identifier: 'MX-COA',
      identifiers: expect.arrayContaining([{ scheme: 'INEGI-CVEGEO', identifier: '05' }]),
    });
  });

  it('passes the official Popolo JSON schemas, every object and every source, each source a link to the report the platform serves', async () => {
    // A seat, its holder and the person, created in the back-office with a note and no source document.
    const who = await roles(ctx.api.dataSource.manager);
    const { exercise } = await ctx.api.data(`query($id: ID!) { exercise(id: $id) { secretariat { id } } }`, {
      id: COAHUILA_ID,
    });
    const note = 'Minuta de la sesión de instalación del nuevo asiento, capturada por el órgano garante';
    const created = await ctx.api.data(
      `mutation($post: PostInput!, $person: PersonInput!) { post: createPost(input: $post) { id } person: createPerson(input: $person) { id } }`,
      {
        post: {
          secretariatId: exercise.secretariat.id,
          label: 'Asiento creado en el back-office',
          role: 'REPRESENTATIVE',
          sector: 'CIVIL_SOCIETY',
          publication: 'PUBLISHED',
          sourceNote: note,
        },
        person: {
          name: 'Persona del back-office',
          stateId: seedId('state:MX-COA'),
          publication: 'PUBLISHED',
          sourceNote: note,
        },
      },
      who.institute,
    );
    const { membership } = await ctx.api.data(
      `mutation($input: MembershipInput!) { membership: createMembership(input: $input) { id } }`,
      {
        input: {
          postId: created.post.id,
          personId: created.person.id,
          startDate: '2017-11',
          publication: 'PUBLISHED',
          sourceNote: note,
        },
      },
      who.institute,
    );
    const popolo = await (await fetch(at('popolo.json'))).json();
    // The official schemas (JSON Schema draft 03), copied unchanged from popolo-project/popolo-spec
    // schemas/ (commit b6225682; post.json c731e3bf), read by jsonschema, a validator that knows draft 03.
    const validator = new Validator();
    const dir = join(__dirname, 'profiles', 'popolo');
    const schemas = Object.fromEntries(
      readdirSync(dir).map((file) => [file.replace('.json', ''), JSON.parse(readFileSync(join(dir, file), 'utf8'))]),
    );
    for (const schema of Object.values(schemas)) validator.addSchema(schema);
    const classes: Record<string, string> = {
      persons: 'person',
      organizations: 'organization',
      posts: 'post',
      memberships: 'membership',
      areas: 'area',
    };
    const problems: string[] = [];
    let checked = 0;
    for (const [section, items] of Object.entries(popolo as Record<string, Record<string, unknown>[]>)) {
      for (const item of items) {
        checked += 1;
        const result = validator.validate(item, schemas[classes[section]]);
        for (const error of result.errors) problems.push(`${section} ${item.id}: ${error.stack}`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(100);
    // The schemas catch what they are for: a source without a url fails link.json.
    expect(
      validator
        .validate({ id: 'x', name: 'y', sources: [{ note: 'sin dirección' }] }, schemas.organization)
        .errors.map((e) => e.stack),
    ).toEqual([expect.stringMatching(/url.*required/)]);
    // Every seeded source points at the report, stored and published as a document, at its file's
    // stable address; the back-office's records, whose source is a note with no document, at the exercise's page here.
    const reportBytes = readFileSync(
      join(PROJECT_ROOT, 'api', 'src', 'seed', 'sources', 'informe-coahuila-2015-2017.txt'),
    );
    const reportSha = createHash('sha256').update(reportBytes).digest('hex');
    const report = `${ctx.base}/files/${reportSha}/informe-coahuila-2015-2017.txt`;
    const page = `${ctx.base}/data/exercises/${COAHUILA}/`;
    const items = Object.values(
      popolo as Record<string, { id: string; sources?: { url: string; note?: string }[] }[]>,
    ).flat();
    const backOffice = [created.post.id, created.person.id, membership.id];
    expect(items.filter((item) => backOffice.includes(item.id)).map((item) => item.sources)).toEqual(
      backOffice.map(() => [{ url: page, note }]),
    );
    expect([
      ...new Set(
        items
          .filter((item) => !backOffice.includes(item.id))
          .flatMap((item) => (item.sources ?? []).map((source) => source.url)),
      ),
    ]).toEqual([report]);
    const landing = await fetch(page);
    expect(landing.status).toBe(200);
    expect(await landing.text()).toContain(`<a href="${report}">`);
    // The tables give the same address for the same records (one definition, source-address.ts), and none where there is no document.
    const sourceUrls = (rows: Record<string, unknown>[]) =>
      Object.fromEntries(rows.map((row) => [row.id, row.source_url]));
    const posts = sourceUrls(await json('posts'));
    const memberships = sourceUrls(csvObjects((await csv('memberships')).text));
    for (const post of popolo.posts as { id: string; sources: { url: string }[] }[])
      expect([post.id, posts[post.id]]).toEqual([post.id, post.id === created.post.id ? null : post.sources[0].url]);
    for (const m of popolo.memberships as { id: string; sources: { url: string }[] }[])
      expect([m.id, memberships[m.id]]).toEqual([m.id, m.id === membership.id ? '' : m.sources[0].url]);
    // GraphQL gives the same address as a path on this server (its own address stays unknown), and the text copy's.
    const textCopy = '/data/sources/informe-coahuila-2015-2017.txt';
    const { commitment } = await ctx.api.data(
      `query($id: ID!) { commitment(id: $id) { source { document { url path textPath } } } }`,
      { id: seedId(`commitment:${COAHUILA}:c1`) },
    );
    expect(commitment.source.document).toEqual({ url: null, path: new URL(report).pathname, textPath: textCopy });
    // Anonymously, the link gives the report's very bytes; the text copy is still served.
    const file = await fetch(report);
    expect([file.status, file.headers.get('content-type')]).toEqual([200, 'text/plain']);
    expect(
      createHash('sha256')
        .update(Buffer.from(await file.arrayBuffer()))
        .digest('hex'),
    ).toBe(reportSha);
    const text = await fetch(`${ctx.base}${textCopy}`);
    expect([text.status, text.headers.get('content-type')]).toEqual([200, 'text/plain; charset=utf-8']);
    expect(Buffer.from(await text.arrayBuffer()).equals(reportBytes)).toBe(true);
    expect((await fetch(`${ctx.base}/data/sources/no-existe.txt`)).status).toBe(404);
    // The data package names the same address as its source.
    const descriptor = await (await fetch(at('datapackage.json'))).json();
    expect(descriptor.sources).toEqual([expect.objectContaining({ path: report })]);
    // The evaluator and the guarantor are dated: both bodies were dissolved in 2025.
    const byAbbreviation = (abbreviation: string) =>
      popolo.organizations.find((o: { other_names?: { name: string }[] }) =>
        o.other_names?.some((n) => n.name === abbreviation),
      );
    expect(byAbbreviation('INAI')).toMatchObject({ dissolution_date: '2025-03-21' });
    expect(byAbbreviation('ICAI')).toMatchObject({ dissolution_date: '2025' });
  });

  it("links a source to its report's text instead while the report document is a draft, in every channel, and back once published", async () => {
    const who = await roles(ctx.api.dataSource.manager);
    const reportId = seedId(`document:${COAHUILA}:source-report`);
    const textCopy = `${ctx.base}/data/sources/informe-coahuila-2015-2017.txt`;
    const setPublication = async (publication: string) => {
      const { document } = await ctx.api.data(
        `query($id: ID!) { document(id: $id) { version } }`,
        { id: reportId },
        who.institute,
      );
      return (
        await ctx.api.data(
          `mutation($id: ID!, $version: Int!, $input: DocumentInput!) { updateDocument(id: $id, version: $version, input: $input) { contentSha256 fileName } }`,
          { id: reportId, version: document.version, input: { publication } },
          who.institute,
        )
      ).updateDocument as { contentSha256: string; fileName: string };
    };
    const addresses = async () => {
      const commitments = csvObjects((await csv('commitments')).text);
      const popolo = await (await fetch(at('popolo.json'))).json();
      const descriptor = await (await fetch(at('datapackage.json'))).json();
      const page = await (await fetch(at(''))).text();
      const { commitment } = await ctx.api.data(
        `query($id: ID!) { commitment(id: $id) { source { document { path } } } }`,
        { id: seedId(`commitment:${COAHUILA}:c1`) },
      );
      return {
        csv: [...new Set(commitments.map((c) => c.source_url))],
        popolo: [
          ...new Set(
            popolo.organizations.flatMap((o: { sources?: { url: string }[] }) => (o.sources ?? []).map((x) => x.url)),
          ),
        ],
        dataPackage: descriptor.sources.map((x: { path: string }) => x.path),
        pageLinks: page.includes(`<a href="${textCopy}">`),
        graphql: commitment.source.document.path,
      };
    };
    const file = await setPublication('DRAFT');
    const report = `${ctx.base}/files/${file.contentSha256}/${file.fileName}`;
    expect((await fetch(report)).status).toBe(404);
    expect(await addresses()).toEqual({
      csv: [textCopy],
      popolo: [textCopy],
      dataPackage: [textCopy],
      pageLinks: true,
      graphql: new URL(textCopy).pathname,
    });
    await setPublication('PUBLISHED');
    expect(await addresses()).toEqual({
      csv: [report],
      popolo: [report],
      dataPackage: [report],
      pageLinks: false,
      graphql: new URL(report).pathname,
    });
    expect((await fetch(report)).status).toBe(200);
  });

  it('writes no cell a spreadsheet would run as a formula or split into rows (CSV injection), as the data dictionary says', async () => {
    const id = seedId(`commitment:${COAHUILA}:c1`);
    const [before] = await ctx.api.dataSource.query('SELECT title, objective FROM commitment WHERE id = $1', [id]);
    const title = '=HYPERLINK("https://malo.example/","Ver avance")';
    const objective = 'primera línea\rfila añadida\notra fila añadida';
    await ctx.api.dataSource.query('UPDATE commitment SET title = $2, objective = $3 WHERE id = $1', [
      id,
      title,
      objective,
    ]);
    try {
      const { text } = await csv('commitments');
      // A spreadsheet ends a row at any CR or LF outside quotes: every row must still be one record.
      const rows = spreadsheetRows(text);
      expect(rows.every((row) => row.length === rows[0].length)).toBe(true);
      const record = rows.find((row) => row[0] === id) as string[];
      expect(record[rows[0].indexOf('title')]).toBe(`'${title}`);
      expect(record[rows[0].indexOf('objective')]).toBe(objective);
      // The JSON keeps the text as stored.
      expect((await json('commitments')).find((c) => c.id === id)).toMatchObject({ title, objective });
      const dictionary = (await (await fetch(at('diccionario-de-datos.csv'))).text())
        .split('\r\n')
        .find((line) => line.startsWith('commitments.csv,title,'));
      expect(dictionary).toMatch(/apostrophe/);
    } finally {
      await ctx.api.dataSource.query('UPDATE commitment SET title = $2, objective = $3 WHERE id = $1', [
        id,
        before.title,
        before.objective,
      ]);
    }
  });

  it('serves its HTML pages with a CSP that allows no script and only their own stylesheet', async () => {
    for (const path of ['/data/', `/data/exercises/${COAHUILA}/`]) {
      const response = await fetch(`${ctx.base}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/default-src 'none'/);
      expect(csp).not.toMatch(/script-src|unsafe-inline/);
      const style = /<style>([\s\S]*?)<\/style>/.exec(await response.text())?.[1] ?? '';
      expect(csp).toContain(`'sha256-${createHash('sha256').update(style).digest('base64')}'`);
    }
  });
});

/** Rows as a spreadsheet reads them: RFC 4180 quotes, but a CR or LF outside quotes ends a row. */
function spreadsheetRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), (i += 1));
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(field), (field = ''));
    else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      ((row = []), (field = ''));
    } else field += c;
  }
  return rows;
}
