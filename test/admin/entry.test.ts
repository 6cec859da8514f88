import esMX from '../../admin/src/i18n/es-MX';
import { definitionOf, LISTED } from './resources';
import { backOfficeSuite, COMMITMENT_2, choose } from './support';

jest.setTimeout(300_000);

/**
 * The ways in people actually take: a signed-out link, a record opened from its list, a form typed
 * the way people here write dates and numbers, and the server's refusals at their fields.
 */
describe('back-office entry points and field errors', () => {
  const suite = backOfficeSuite('entry');

  it('sends a signed-out visit to the sign-in page once', async () => {
    const page = await suite.page();
    await page.goto(`${suite.origin}/health/live`).catch(() => undefined);
    await page.goto(`${suite.origin}/admin/commitments`);
    await page.getByRole('heading', { name: esMX.tablero.auth.title }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/login');
    // The blank tab, the first page, the visited address and the sign-in page: one redirect, not thousands.
    expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(4);
  });

  it('opens every record from its list (the list row is not taken for the record)', async () => {
    const page = await suite.page({ as: suite.staff.institute });
    const opened: string[] = [];
    for (const { name: resource } of LISTED) {
      await page.goto(`${suite.origin}/admin/${resource}`);
      const row = page.locator('#main-content tbody tr').first();
      await row.or(page.getByRole('status')).first().waitFor();
      if (!(await row.count())) continue;
      await row.locator('td').last().click();
      await page.waitForURL(new RegExp(`/admin/${resource}/[^/]+/show`));
      await page.locator('#main-content .RaShow-main').or(page.getByText(esMX.ra.page.error)).first().waitFor();
      expect([resource, await page.getByText(esMX.ra.page.error).count()]).toEqual([resource, 0]);
      opened.push(resource);
    }
    // The institute reads every kind of record; the seed has records of each but staff accounts of others.
    expect(opened.length).toBeGreaterThanOrEqual(LISTED.length - 1);
  });

  it('checks a delivery in the browser (required text, whole pages), reads dd/mm/aaaa, and puts the server refusal at its field in Spanish', async () => {
    const page = await suite.page({ as: suite.staff.agency });
    await page.goto(
      `${suite.origin}/admin/informationDeliveries/create?source=${encodeURIComponent(JSON.stringify({ commitmentId: COMMITMENT_2 }))}`,
    );
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && /createInformationDelivery/.test(request.postData() ?? ''))
        requests.push(request.postData() ?? '');
    });
    await page.getByLabel('Fojas', { exact: true }).fill('2.5');
    await page.getByRole('button', { name: 'Guardar' }).click();
    // The input validators run although the form also has cross-field rules; nothing is sent.
    const summary = (field: string, message: string) => page.locator('li', { hasText: `${field}: ${message}` });
    await summary(
      definitionOf('informationDeliveries').labels['es-MX'].fields.pages,
      esMX.tablero.validation.integer,
    ).waitFor();
    await summary(
      definitionOf('informationDeliveries').labels['es-MX'].fields.description,
      esMX.ra.validation.required,
    ).waitFor();
    expect(await page.getByText('@@react-admin@@').count()).toBe(0);
    expect(requests).toEqual([]);

    await page.getByLabel('Qué se entregó').fill('Oficio con las actas');
    await page.getByLabel('Fojas', { exact: true }).fill('12');
    await choose(page.getByLabel('Las fojas son'), 'Exacto');
    // Typed as people here write it; a date far outside the 2015-2017 exercise is the server's to refuse.
    await page.getByLabel('Fecha de entrega').fill('01/01/2099');
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page.getByText(esMX.tablero.server.DATE_OUT_OF_RANGE).first().waitFor();
    expect(requests).toHaveLength(1);
    expect(JSON.parse(requests[0]).variables.input.deliveredOn).toBe('2099-01-01');

    await page.getByLabel('Fecha de entrega').fill('15/01/2018');
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page.waitForURL(`${suite.origin}/admin/commitments/${COMMITMENT_2}/show/deliveries`);
    expect(JSON.parse(requests[1]).variables.input.deliveredOn).toBe('2018-01-15');
  });
});
