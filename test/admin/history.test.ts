import type { Locator } from 'playwright-core';
import { apiAs, backOfficeSuite, COMMITMENT_2, choose } from './support';

// A whole task in a real browser on a busy two-core machine.
jest.setTimeout(180_000);

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const RAW = /\b(DONE|IN_PROGRESS|PUBLISHED|DRAFT|MORE_THAN)\b|\d{4}-\d{2}-\d{2}T/;

/** History and activity read as sentences: names for ids, Spanish for enums, dates as people write them. */
describe('history and activity as sentences', () => {
  const suite = backOfficeSuite('history');
  const as = (email: string) => suite.page({ as: email });
  const today = new Intl.DateTimeFormat('es-MX', { dateStyle: 'long' }).format(new Date());

  beforeAll(async () => {
    // The agency moves a milestone of its commitment along and records a delivery.
    const agency = await apiAs(suite.origin, suite.staff.agency, suite.staff.password);
    const { record: milestone } = await agency(
      `mutation($i: MilestoneInput!) { record: createMilestone(input: $i) { id version } }`,
      {
        i: { commitmentId: COMMITMENT_2, position: 9, title: 'Hito con historia', status: 'IN_PROGRESS' },
      },
    );
    await agency(
      `mutation($id: ID!, $v: Int!, $i: MilestoneInput!) { updateMilestone(id: $id, version: $v, input: $i) { id } }`,
      {
        id: milestone.id,
        v: milestone.version,
        i: { status: 'DONE', evidenceDescription: 'Acta en el archivo del instituto', publication: 'PUBLISHED' },
      },
    );
    await agency(`mutation($i: InformationDeliveryInput!) { createInformationDelivery(input: $i) { id } }`, {
      i: { commitmentId: COMMITMENT_2, description: 'Entrega con historia', pages: 120, pagesQualifier: 'MORE_THAN' },
    });
  });

  /** Waits for a sentence; on timeout, the error shows what the list said instead. */
  async function sentence(list: Locator, pattern: RegExp) {
    try {
      await list.getByText(pattern).first().waitFor({ timeout: 20_000 });
    } catch {
      throw new Error(`No sentence matches ${pattern} in:\n${await list.textContent()}`);
    }
  }

  it("tells a commitment's history with its milestones and deliveries, in sentences", async () => {
    const page = await as(suite.staff.institute);
    await page.goto(`${suite.origin}/admin/commitments/${COMMITMENT_2}/show/history`);
    const history = page.getByRole('list', { name: 'Historial de cambios' });
    await sentence(
      history,
      new RegExp(
        `^Persona de prueba [^,]+, DIPETRE cambió «Estado» en el hito «9\\. Hito con historia» de «En proceso» a «Cumplido» el ${today} a las \\d`,
      ),
    );
    await sentence(
      history,
      new RegExp(`cambió «Publicación» en el hito «9\\. Hito con historia» de «Borrador» a «Publicado» el ${today}`),
    );
    await sentence(
      history,
      new RegExp(
        `^Persona de prueba [^,]+, DIPETRE creó la entrega de información «Entrega con historia» el ${today} a las`,
      ),
    );
    const text = (await history.textContent()) ?? '';
    expect(text).not.toMatch(UUID);
    expect(text).not.toMatch(RAW);
  });

  it("names the records a milestone's own history points at", async () => {
    const institute = await apiAs(suite.origin, suite.staff.institute, suite.staff.password);
    const { milestones } = await institute(
      `{ milestones(filter: { commitmentId: "${COMMITMENT_2}" }, first: 100) { nodes { id title } } }`,
    );
    const milestone = milestones.nodes.find((m: { title: string }) => m.title === 'Hito con historia');
    const page = await as(suite.staff.institute);
    await page.goto(`${suite.origin}/admin/milestones/${milestone.id}/show/history`);
    const history = page.getByRole('list', { name: 'Historial de cambios' });
    await sentence(history, /creó este registro el/);
    await sentence(history, /cambió «Estado» en este registro de «En proceso» a «Cumplido»/);
    expect((await history.textContent()) ?? '').not.toMatch(UUID);
  });

  it("lists the state's activity for the institute, and not for an agency", async () => {
    const page = await as(suite.staff.institute);
    await page.getByRole('menuitem', { name: 'Actividad' }).click();
    await page.getByRole('heading', { level: 1, name: 'Actividad' }).waitFor();
    const activity = page.getByRole('list', { name: 'Historial de cambios' });
    await sentence(activity, /creó la entrega de información «Entrega con historia» el/);
    expect((await activity.textContent()) ?? '').not.toMatch(RAW);
    await choose(page.getByLabel('Tipo de registro'), 'Hitos');
    await sentence(activity, /cambió «Estado» en el hito «9\. Hito con historia»/);
    expect(await activity.getByText(/entrega de información «Entrega con historia»/).count()).toBe(0);

    // In English the same sentences, with English articles and quotes.
    await page.getByRole('button', { name: /Español \(México\)/i }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    const inEnglish = page.getByRole('list', { name: 'Change history' });
    await sentence(inEnglish, /changed “Status” of the milestone “9\. Hito con historia” from “In progress” to/);

    const agency = await as(suite.staff.agency);
    await agency.getByRole('menuitem', { name: 'Inicio' }).waitFor();
    expect(await agency.getByRole('menuitem', { name: 'Actividad' }).count()).toBe(0);
    await agency.goto(`${suite.origin}/admin/activity`);
    await agency
      .getByText(
        'La actividad la consultan el instituto (de su estado), la evaluación nacional y la administración de la plataforma.',
      )
      .waitFor();
  });
});
