import { loadSeedFiles } from '../../api/src/seed/load-files';
import { startApp } from './support';

/**
 * Every real state's open data exists: the /data/ page and catalogue list it, and its Popolo file,
 * data package, calendar and change feed answer with what its records hold.
 */
const real = loadSeedFiles().exercises.map((file) => file.exercise.slug);

describe('open data for every real state', () => {
  let app: Awaited<ReturnType<typeof startApp>>;
  beforeAll(async () => {
    app = await startApp('states');
  });
  afterAll(() => app.stop());
  const get = (path: string) => fetch(`${app.base}${path}`);

  it('lists the thirteen real exercises on /data/ and in the DCAT catalogue', async () => {
    expect(real).toHaveLength(13);
    const page = await (await get('/data/')).text();
    const catalog = await (await get('/data/catalog.json')).text();
    for (const slug of real) {
      expect(page).toContain(`/data/exercises/${slug}/`);
      expect(catalog).toContain(`/data/exercises/${slug}/`);
    }
  });

  it.each(real)('%s: Popolo, data package, calendar and feed', async (slug) => {
    const popolo = await get(`/data/exercises/${slug}/popolo.json`);
    expect(popolo.status).toBe(200);
    const people = await popolo.json();
    for (const key of ['persons', 'organizations', 'posts', 'memberships', 'areas'])
      expect(Array.isArray(people[key])).toBe(true);
    // Every membership names its seat and who holds it: a person, or the body when the source names no one.
    for (const m of people.memberships)
      expect(Boolean(m.post_id) && Boolean(m.person_id || m.on_behalf_of_id)).toBe(true);

    const descriptor = await get(`/data/exercises/${slug}/datapackage.json`);
    expect(descriptor.status).toBe(200);
    expect((await descriptor.json()).resources.length).toBeGreaterThan(0);
    const zip = await get(`/data/exercises/${slug}/datapackage.zip`);
    expect(zip.status).toBe(200);
    expect(
      Buffer.from(await zip.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');

    const calendar = await get(`/calendar/exercises/${slug}.ics`);
    expect(calendar.status).toBe(200);
    const ics = await calendar.text();
    expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
    // Every state's joint declaration is dated in its source: each calendar has at least that event.
    expect(ics).toContain('BEGIN:VEVENT');

    const feed = await get(`/feeds/exercises/${slug}.atom`);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain('<feed');
  });

  it('publishes the comparison of the real states as CSV and JSON: empty where the sources say nothing, never 0', async () => {
    const json = await (await get('/data/comparacion.json')).json();
    expect(json.map((row: { slug: string }) => row.slug).sort()).toEqual([...real].sort());
    const bySlug = Object.fromEntries(json.map((row: { slug: string }) => [row.slug, row]));
    // Durango: declaration 9 March 2015, Secretariat 10 April 2015, plan 25 August 2015, six commitments.
    expect(bySlug['durango-2015']).toMatchObject({
      stage: 'PLAN_PUBLISHED',
      joint_declaration_on: '2015-03-09',
      secretariat_installed_on: '2015-04-10',
      plan_published_on: '2015-08-25',
      days_to_secretariat: 32,
      days_to_plan: 169,
      commitments_regular: 6,
      commitments_proactive: 0,
      local_authority_declared_seats: 2,
      local_authority_bodies_named: 2,
    });
    // Quintana Roo signed the declaration only: nothing else is a number.
    expect(bySlug['quintana-roo-2017']).toMatchObject({
      stage: 'DECLARATION_SIGNED',
      days_to_secretariat: null,
      commitments_regular: null,
      civil_society_declared_seats: null,
      civil_society_bodies_named: null,
    });
    const csv = await (await get('/data/comparacion.csv')).text();
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(real.length + 1);
    // RFC 4180 cells: quoted ones may hold commas.
    const cells = (line: string) =>
      [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => m[1].replace(/^"|"$/g, '').replace(/""/g, '"'));
    const header = cells(lines[0]);
    const roo = cells(lines.find((line) => line.startsWith('quintana-roo-2017,')) ?? '');
    expect(roo[header.indexOf('commitments_regular')]).toBe('');
    expect(roo[header.indexOf('stage')]).toBe('DECLARATION_SIGNED');
  });

  it("serves Nuevo León's seats held by bodies, with no person invented, and its open seat with no membership", async () => {
    const people = await (await get('/data/exercises/nuevo-leon-2016/popolo.json')).json();
    const open = people.posts.filter((p: { label: string }) => p.label.includes('por definir'));
    expect(open).toHaveLength(1);
    expect(people.memberships.some((m: { post_id: string }) => m.post_id === open[0].id)).toBe(false);
    const bodies = people.memberships.filter((m: { person_id?: string }) => !m.person_id);
    expect(bodies).toHaveLength(6);
    expect(people.persons.map((p: { name: string }) => p.name)).toEqual(['Carmelo Cattafi']);
  });
});
