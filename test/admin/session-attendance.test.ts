import type { Page } from 'playwright-core';
import { seedId } from '../../api/src/seed/upsert';
import { backOfficeSuite, choose } from './support';

// A whole task in a real browser on a busy two-core machine.
jest.setTimeout(180_000);

const SEVENTH = seedId('session:coahuila-2015-2017:ORDINARY-7');
const SIXTH = seedId('session:coahuila-2015-2017:ORDINARY-6');

/** Who attended a session, on the session's page, in Chromium over a real database. */
describe('session attendance in the back-office', () => {
  const suite = backOfficeSuite('attendance');
  const as = (email: string) => suite.page({ as: email });
  const attendance = (page: Page) => page.getByRole('region', { name: 'Asistencia' });
  const publicAttendance = async () =>
    (
      await (
        await fetch(
          `${suite.origin}/graphql/public?query=${encodeURIComponent(`{ session(id: "${SEVENTH}") { attendance { post { label } description } } }`)}`,
        )
      ).json()
    ).data.session.attendance as { post: { label: string } | null; description: string | null }[];

  it('shows the seats the report says attended the seventh session, and says when the source is silent', async () => {
    const page = await as(suite.staff.agency);
    await page.goto(`${suite.origin}/admin/sessions/${SEVENTH}/show`);
    const section = attendance(page);
    await section.getByRole('cell', { name: 'Representante del órgano garante' }).waitFor();
    expect(await section.getByRole('row').count()).toBe(1 + 8);
    await section.getByRole('cell', { name: 'Enlace de la Región Norte' }).waitFor();
    // An agency keeps no session records: no way to add or edit attendance.
    expect(await section.getByRole('link', { name: 'Crear' }).count()).toBe(0);
    expect(await section.getByRole('link', { name: /^Editar/ }).count()).toBe(0);

    await page.goto(`${suite.origin}/admin/sessions/${SIXTH}/show`);
    await attendance(page).getByText('La fuente no dice quién asistió a esta sesión.').waitFor();
  });

  it('lets the institute record an attendee in the words of the source; published, the public sees it', async () => {
    expect(await publicAttendance()).toHaveLength(8);
    const page = await as(suite.staff.institute);
    await page.goto(`${suite.origin}/admin/sessions/${SEVENTH}/show`);
    await attendance(page).getByRole('link', { name: 'Crear' }).click();
    await page
      .getByLabel(/^Descripción, con las palabras de la fuente/)
      .fill('Servidores públicos de la región centro');
    await choose(page.getByLabel('Publicación'), 'Publicado');
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page.waitForURL(`${suite.origin}/admin/sessions/${SEVENTH}/show`);
    await attendance(page)
      .getByRole('cell', { name: 'Servidores públicos de la región centro', exact: true })
      .waitFor();
    expect(await attendance(page).getByRole('row').count()).toBe(1 + 9);
    expect((await publicAttendance()).map((a) => a.description)).toContain('Servidores públicos de la región centro');
  });
});
