import { seedId } from '../../api/src/seed/upsert';
import { roles } from '../support/staff';
import { COAHUILA, csvObjects, sandboxExercise, startApp } from './support';

/**
 * What the report does not count is not served as a number, on any channel: pages the source
 * does not count are unknown (null, UNKNOWN), and where some are counted the sum says it is a
 * lower bound. (The widget's "sin dato" is checked in Chromium, test/widgets/browser.test.ts.)
 */
describe('figures the source does not give', () => {
  let ctx: Awaited<ReturnType<typeof startApp>>;
  const PROACTIVE = seedId(`commitment:${COAHUILA}:proactivo`);

  beforeAll(async () => {
    ctx = await startApp('unknown_figures');
  });
  afterAll(() => ctx.stop());

  it('GraphQL: no organisation and no commitment reads "0 pages, exact" when nothing is counted', async () => {
    const { exerciseBySlug } = await ctx.api.data(`{ exerciseBySlug(slug: "${COAHUILA}") {
      actionPlans { commitments { id isProactive pagesDelivered { pages qualifier deliveriesCounted deliveriesWithoutPageCount } } }
    } }`);
    const { organizations } = await ctx.api.data(`{ organizations(first: 100) { nodes { name pagesDelivered { pages qualifier deliveriesCounted deliveriesWithoutPageCount } } } }`);
    const totals = [...organizations.nodes.map((o: any) => o.pagesDelivered), ...exerciseBySlug.actionPlans[0].commitments.map((c: any) => c.pagesDelivered)];
    for (const total of totals) {
      if (total.deliveriesCounted === 0) expect(total).toMatchObject({ pages: null, qualifier: 'UNKNOWN' });
      else expect(total.pages).toEqual(expect.any(Number));
      if (total.deliveriesWithoutPageCount > 0 && total.pages !== null) expect(total.qualifier).toBe('MORE_THAN');
    }
    const conagua = organizations.nodes.find((o: any) => o.name.startsWith('Comisión Nacional del Agua'));
    expect(conagua.pagesDelivered).toEqual({ pages: null, qualifier: 'UNKNOWN', deliveriesCounted: 0, deliveriesWithoutPageCount: expect.any(Number) });
    const proactive = exerciseBySlug.actionPlans[0].commitments.find((c: any) => c.isProactive);
    expect(proactive.pagesDelivered).toEqual({ pages: null, qualifier: 'UNKNOWN', deliveriesCounted: 0, deliveriesWithoutPageCount: 0 });
  });

  it('CSV and JSON: the proactive commitment\'s pages are an empty cell / null, qualified UNKNOWN', async () => {
    const at = (path: string) => `${ctx.base}/data/exercises/${COAHUILA}/${path}`;
    const rows = csvObjects(Buffer.from(await (await fetch(at('commitments.csv'))).arrayBuffer()).toString('utf8'));
    const row = rows.find((r) => r.id === PROACTIVE) as Record<string, string>;
    expect(row).toMatchObject({ pages_delivered: '', pages_delivered_qualifier: 'UNKNOWN', deliveries_counted: '0' });
    const records = (await (await fetch(at('commitments.json'))).json()) as Record<string, unknown>[];
    expect(records.find((r) => r.id === PROACTIVE)).toMatchObject({ pages_delivered: null, pages_delivered_qualifier: 'UNKNOWN' });
    for (const r of rows) if (r.deliveries_counted === '0') expect(r.pages_delivered).toBe('');
  });

  it('comparisons: an exercise with no deliveries has unknown pages, and uncounted deliveries make a lower bound', async () => {
    const { institute } = await roles(ctx.api.dataSource.manager);
    const sandbox = await sandboxExercise(ctx.api, institute, 'sin-fojas');
    const compare = async () =>
      (await ctx.api.data(`query($ids: [ID!]) { compareExercises(ids: $ids) { pagesDelivered { pages qualifier deliveriesCounted deliveriesWithoutPageCount } } }`, { ids: [sandbox.exercise] }))
        .compareExercises[0].pagesDelivered;
    expect(await compare()).toEqual({ pages: null, qualifier: 'UNKNOWN', deliveriesCounted: 0, deliveriesWithoutPageCount: 0 });
    const commitment = await sandbox.create('Commitment', { planId: sandbox.plan, number: 1, title: 'Compromiso de prueba', publication: 'PUBLISHED' });
    await sandbox.create('InformationDelivery', { commitmentId: commitment, description: 'Entrega sin conteo', publication: 'PUBLISHED' });
    expect(await compare()).toEqual({ pages: null, qualifier: 'UNKNOWN', deliveriesCounted: 0, deliveriesWithoutPageCount: 1 });
    await sandbox.create('InformationDelivery', { commitmentId: commitment, description: 'Entrega contada', pages: 10, pagesQualifier: 'EXACT', publication: 'PUBLISHED' });
    expect(await compare()).toEqual({ pages: 10, qualifier: 'MORE_THAN', deliveriesCounted: 1, deliveriesWithoutPageCount: 1 });
  });
});
