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
    for (const key of ['persons', 'organizations', 'posts', 'memberships', 'areas']) expect(Array.isArray(people[key])).toBe(true);
    // Every membership names its seat and who holds it: a person, or the body when the source names no one.
    for (const m of people.memberships) expect(Boolean(m.post_id) && Boolean(m.person_id || m.on_behalf_of_id)).toBe(true);

    const descriptor = await get(`/data/exercises/${slug}/datapackage.json`);
    expect(descriptor.status).toBe(200);
    expect((await descriptor.json()).resources.length).toBeGreaterThan(0);
    const zip = await get(`/data/exercises/${slug}/datapackage.zip`);
    expect(zip.status).toBe(200);
    expect(Buffer.from(await zip.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');

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
