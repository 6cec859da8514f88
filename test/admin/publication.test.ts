import { apiAs, backOfficeSuite, COAHUILA, COMMITMENT_2, COMMITMENT_6, choose } from './support';

// A whole task in a real browser on a busy two-core machine.
jest.setTimeout(180_000);

/** Drafts: found by a list filter, published several at once within scope, and explained in the form. */
describe('drafts and publishing', () => {
  const suite = backOfficeSuite('publication');
  const as = (email: string) => suite.page({ as: email });

  it('filters the events an agency sees by "Borrador", publishes what it keeps, and lists what the API refused with why', async () => {
    const institute = await apiAs(suite.origin, suite.staff.institute, suite.staff.password);
    const meeting = async (title: string, commitmentIds: string[]) =>
      (
        await institute(`mutation($i: EventInput!) { record: createEvent(input: $i) { id } }`, {
          i: { exerciseId: COAHUILA, kind: 'WORKING_MEETING', title, commitmentIds },
        })
      ).record.id as string;
    await meeting('Reunión propia en borrador', [COMMITMENT_2]);
    // Shared with CONAGUA's commitment: the institute keeps it, the agency only sees it.
    await meeting('Reunión compartida en borrador', [COMMITMENT_2, COMMITMENT_6]);

    const page = await as(suite.staff.agency);
    await page.goto(`${suite.origin}/admin/events`);
    await page.getByRole('button', { name: 'Agregar filtro' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Publicación' }).click();
    await choose(page.getByRole('combobox', { name: 'Publicación' }), 'Borrador');
    const rows = page.locator('tbody tr');
    await page.waitForURL((url) => url.searchParams.get('filter') === '{"publication":"DRAFT"}');
    // The seed is all published: the drafts are the two meetings.
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 2);
    expect((await rows.allTextContents()).sort()).toEqual([
      expect.stringContaining('Reunión compartida en borrador'),
      expect.stringContaining('Reunión propia en borrador'),
    ]);

    for (const title of ['Reunión propia en borrador', 'Reunión compartida en borrador'])
      await rows.filter({ hasText: title }).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Publicar seleccionados' }).click();
    const refused = page.getByRole('dialog', { name: 'No se publicó 1 registro' });
    await refused.waitFor();
    expect(await refused.getByRole('listitem').allTextContents()).toEqual([
      'Reunión compartida en borradorTu cuenta no puede hacer este cambio. No se guardó nada.',
    ]);
    await page.getByText('Se publicó 1 registro', { exact: true }).waitFor();
    await refused.getByRole('button', { name: 'Cerrar' }).click();

    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 1);
    expect(await rows.allTextContents()).toEqual([expect.stringContaining('Reunión compartida en borrador')]);
    const { events } = await institute(
      `{ events(publication: PUBLISHED, filter: { commitmentId: "${COMMITMENT_2}" }) { nodes { title } } }`,
    );
    expect(events.nodes.map((e: { title: string }) => e.title)).toContain('Reunión propia en borrador');
  });

  it('offers no publishing to who cannot change records of the kind', async () => {
    const page = await as(suite.staff.follower);
    await page.goto(`${suite.origin}/admin/commitments`);
    await page.locator('tbody tr').first().waitFor();
    expect(await page.locator('tbody').getByRole('checkbox').count()).toBe(0);
  });

  it('says, while a record is a draft, that a draft counts nowhere public', async () => {
    const page = await as(suite.staff.institute);
    await page.goto(`${suite.origin}/admin/themes/create`);
    const helper = page.getByText(
      /^Un borrador solo lo ve el personal que lo tiene a su cargo: no aparece en el sitio público/,
    );
    await helper.waitFor();
    await choose(page.getByRole('combobox', { name: /^Publicación/ }), 'Publicado');
    await helper.waitFor({ state: 'detached' });
  });
});
