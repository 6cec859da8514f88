import { seed } from '../../api/src/seed/seed';
import { loadSeedFiles } from '../../api/src/seed/load-files';
import { COAHUILA, graphql, startApp } from './support';

const DEMO = 'demostracion';

/**
 * Demonstration (fictitious) and synthetic (generated) exercises never sit beside the real ones
 * where the public reads lists, catalogues or comparisons, unless a caller asks for them; their
 * own addresses keep working and say what they are.
 */
describe('real data apart from demonstration data', () => {
  let ctx: Awaited<ReturnType<typeof startApp>>;

  beforeAll(async () => {
    ctx = await startApp('real_only');
    await seed(ctx.api.dataSource, loadSeedFiles(undefined, { demo: true }));
  });
  afterAll(() => ctx.stop());

  const slugs = (nodes: { slug: string }[]) => nodes.map((node) => node.slug);

  it('leaves the demonstration exercise out of the public list of exercises unless the filter asks for it', async () => {
    const { all, demo, notDemo } = await graphql(
      ctx.base,
      `{ all: exercises(first: 100) { totalCount nodes { slug } } demo: exercises(filter: { isDemo: true }) { nodes { slug isDemo } }
         notDemo: exercises(filter: { isDemo: false }, first: 100) { nodes { slug } } }`,
    );
    expect(slugs(all.nodes)).toContain(COAHUILA);
    expect(slugs(all.nodes)).not.toContain(DEMO);
    expect(all.totalCount).toBe(all.nodes.length);
    expect(demo.nodes).toEqual([{ slug: DEMO, isDemo: true }]);
    expect(slugs(notDemo.nodes).sort()).toEqual(slugs(all.nodes).sort());
    const { exerciseBySlug, stateByCode } = await graphql(
      ctx.base,
      `{ exerciseBySlug(slug: "${DEMO}") { isDemo } stateByCode(code: "MX-COA") { exercises { slug } } }`,
    );
    expect(exerciseBySlug.isDemo).toBe(true);
    // The demonstration exercise is filed under Coahuila: the state's own list keeps it out too.
    expect(slugs(stateByCode.exercises)).toEqual([COAHUILA]);
  });

  it('compares real exercises only, unless asked for the demonstration one', async () => {
    const { unasked, asked, named } = await graphql(
      ctx.base,
      `{ unasked: compareExercises { slug } asked: compareExercises(filter: { isDemo: true }) { slug isDemo }
         named: compareExercises(slugs: ["${DEMO}"]) { slug } }`,
    );
    expect(slugs(unasked)).toContain(COAHUILA);
    expect(slugs(unasked)).not.toContain(DEMO);
    expect(asked).toEqual([{ slug: DEMO, isDemo: true }]);
    expect(slugs(named)).toEqual([DEMO]);
  });

  it('keeps it out of /data/, the DCAT catalogue and the comparison files, and marks its own pages as fictitious', async () => {
    const index = await (await fetch(`${ctx.base}/data/`)).text();
    expect(index).toContain(`/data/exercises/${COAHUILA}/`);
    expect(index).not.toContain(`/data/exercises/${DEMO}/`);
    const catalog = await (await fetch(`${ctx.base}/data/catalog.json`)).json();
    const datasets = catalog.dataset.map((dataset: { landingPage: string }) => dataset.landingPage);
    expect(datasets).toContain(`${ctx.base}/data/exercises/${COAHUILA}/`);
    expect(datasets.some((page: string) => page.includes(DEMO))).toBe(false);
    const comparison = await (await fetch(`${ctx.base}/data/comparacion.json`)).json();
    expect(comparison.map((row: { slug: string }) => row.slug)).not.toContain(DEMO);
    expect(comparison.map((row: { slug: string }) => row.slug)).toContain(COAHUILA);

    const page = await fetch(`${ctx.base}/data/exercises/${DEMO}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('DATOS DE DEMOSTRACIÓN, ficticios');
    const entry = await (await fetch(`${ctx.base}/data/exercises/${DEMO}/catalog.json`)).json();
    expect(entry.description).toMatch(/^DATOS DE DEMOSTRACIÓN, ficticios/);
    expect(entry.keyword).toContain('datos de demostración');
  });
});
