import { loadSeedFiles } from '../../api/src/seed/load-files';
import { seedId } from '../../api/src/seed/upsert';
import { TestApi } from '../support/api';

const COAHUILA = seedId('exercise:coahuila-2015-2017');

/**
 * What the report only implies is served marked as an inference next to the value; what it does
 * not cover (a seat after November 2017) is not served as known; each event is counted once.
 */
describe('inferences, coverage and counts as the report gives them', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.open();
  });
  afterAll(() => api.close());

  it('marks the inferred cities of the sixth and eighth sessions, and only those', async () => {
    const { exercise } = await api.data(
      `query($id: ID!) { exercise(id: $id) { secretariat { sessions { type number municipality { name } municipalityInferred } } } }`,
      { id: COAHUILA },
    );
    const inferred = exercise.secretariat.sessions
      .filter((s: any) => s.municipalityInferred)
      .map((s: any) => `${s.type} ${s.number} ${s.municipality.name}`);
    expect(inferred).toEqual(['ORDINARY 6 Arteaga', 'ORDINARY 8 Torreón']);
  });

  it("marks the 25 May 2017 meeting's city and the service-social meeting's date as inferred", async () => {
    const { events } = await api.data(
      `query($id: ID!) { events(filter: { exerciseId: $id, includeSeries: true }, first: 100) { nodes { title startDate startDateInferred municipality { name } municipalityInferred } } }`,
      { id: COAHUILA },
    );
    const may25 = events.nodes.find((e: any) => e.startDate === '2017-05-25');
    expect(may25).toMatchObject({
      municipality: { name: 'Saltillo' },
      municipalityInferred: true,
      startDateInferred: false,
    });
    const dated = events.nodes.filter((e: any) => e.startDateInferred).map((e: any) => [e.startDate, e.title]);
    expect(dated).toEqual([
      ['2017-08-25', expect.stringMatching(/^Reunión con los encargados del área de servicio social/)],
    ]);
    expect(events.nodes.filter((e: any) => e.municipalityInferred)).toHaveLength(1);
  });

  it('does not call responsible the bodies that only took part, and marks inferred responsibility', async () => {
    const { exerciseBySlug } =
      await api.data(`{ exerciseBySlug(slug: "coahuila-2015-2017") { actionPlans { commitments {
      number responsibleAgenciesInferred responsibleAgencies { name } participatingAgencies { name } } } } }`);
    const byNumber = new Map(exerciseBySlug.actionPlans[0].commitments.map((c: any) => [c.number, c]));
    const names = (list: { name: string }[]) => list.map((o) => o.name);
    const c1 = byNumber.get(1) as any;
    expect(names(c1.responsibleAgencies)).not.toContain('Secretaría de Gobierno');
    expect(names(c1.participatingAgencies)).toEqual(['Secretaría de Gobierno']);
    expect(c1.responsibleAgenciesInferred).toBe(true);
    const c4 = byNumber.get(4) as any;
    expect(names(c4.responsibleAgencies)).not.toContain('Secretaría de Salud del Estado');
    expect(names(c4.participatingAgencies)).toEqual(['Secretaría de Salud del Estado']);
    expect(c4.responsibleAgenciesInferred).toBe(true);
    expect((byNumber.get(2) as any).responsibleAgenciesInferred).toBe(false);
  });

  it('leaves unknown whether the facilitator and the presidency vote; liaisons have voice, no vote', async () => {
    const { posts } = await api.data(`{ posts(first: 100) { nodes { role voting secretariat { exercise { id } } } } }`);
    const ours = posts.nodes.filter((p: any) => p.secretariat.exercise.id === COAHUILA);
    const voting = (role: string) => [...new Set(ours.filter((p: any) => p.role === role).map((p: any) => p.voting))];
    expect(voting('FACILITATOR')).toEqual([null]);
    expect(voting('PRESIDENT')).toEqual([null]);
    expect(voting('REGIONAL_LIAISON')).toEqual([false]);
  });

  it("knows who held Coahuila's seats up to the last day the report covers, and no one after it", async () => {
    const on = async (date: string) =>
      (
        await api.data(
          `query($id: ID!, $d: PartialDate!) { exercise(id: $id) { secretariat { membersOn(date: $d) { person { name } } } } }`,
          { id: COAHUILA, d: date },
        )
      ).exercise.secretariat.membersOn;
    expect((await on('2017-11-29')).length).toBeGreaterThan(5);
    expect(await on('2018-01-01')).toEqual([]);
  });

  // The thirteen real states: each Secretariat's seats are known up to the last day its source covers.
  const real = loadSeedFiles().exercises.filter((file) => file.secretariat);
  it.each(real.map((file) => [file.exercise.slug, file.secretariat?.recordedUntil ?? null] as const))(
    '%s: seats held up to %s, the last day its source covers, and no one known after it',
    async (slug, until) => {
      expect(until).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const { exerciseBySlug: x } = await api.data(
        `query($s: String!) { exerciseBySlug(slug: $s) { secretariat { id posts { role holder(on: "2099-01-01") { id } memberships { startDate endDate recordedUntil } } } } }`,
        { s: slug },
      );
      const open = x.secretariat.posts.flatMap((p: any) => p.memberships).filter((m: any) => m.endDate === null);
      expect(open.length).toBeGreaterThan(0);
      expect(open.every((m: any) => m.recordedUntil === until)).toBe(true);
      const on = async (date: string) =>
        (
          await api.data(
            `query($s: String!, $d: PartialDate!) { exerciseBySlug(slug: $s) { secretariat { membersOn(date: $d) { id } } } }`,
            { s: slug, d: date },
          )
        ).exerciseBySlug.secretariat.membersOn;
      const dayAfter = new Date(Date.parse(`${until}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      // A membership whose start the source does not give (the program pages date none) is never
      // assumed held on a given day; those that have one are held on the last day covered.
      const started = open.filter((m: any) => m.startDate !== null && m.startDate <= (until as string));
      expect((await on(until as string)).length).toBe(started.length);
      expect(await on(dayAfter)).toEqual([]);
      expect(await on('2099-01-01')).toEqual([]);
      const listed = await api.data(
        `query($s: ID!) { memberships(filter: { heldOn: "2099-01-01", secretariatId: $s }) { totalCount } }`,
        { s: x.secretariat.id },
      );
      expect(listed.memberships.totalCount).toBe(0);
      expect(x.secretariat.posts.map((p: any) => p.holder)).toEqual(x.secretariat.posts.map(() => null));
    },
  );

  it('covers every real state that has a Secretariat: Coahuila and the nine program pages that name one', () => {
    expect(real.map((file) => file.exercise.slug)).toHaveLength(10);
    expect(loadSeedFiles().exercises).toHaveLength(13);
  });

  it('counts five sensitization talks, as the report does, and the statistics agree with the list', async () => {
    const { events } = await api.data(
      `query($id: ID!) { events(filter: { exerciseId: $id, kinds: [SENSITIZATION_TALK] }) { totalCount } }`,
      { id: COAHUILA },
    );
    expect(events.totalCount).toBe(5);
    const { exercise, all } = await api.data(
      `query($id: ID!) { exercise(id: $id) { statistics { events } } all: events(filter: { exerciseId: $id }) { totalCount } }`,
      { id: COAHUILA },
    );
    expect(exercise.statistics.events).toBe(all.totalCount);
    const withSeries = await api.data(
      `query($id: ID!) { events(filter: { exerciseId: $id, includeSeries: true }) { totalCount } }`,
      { id: COAHUILA },
    );
    expect(withSeries.events.totalCount).toBeGreaterThan(all.totalCount);
  });
});
