import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { seedId } from '../../api/src/seed/upsert';
import { backOfficeSuite, COMMITMENT_2, choose } from './support';

// Whole tasks in a real browser on a busy two-core machine.
jest.setTimeout(180_000);

const SEVENTH = seedId('session:coahuila-2015-2017:ORDINARY-7');
const pdf = (text: string) =>
  Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Files dropped on an element as a person drags them from the desktop (several at once). */
async function dropFiles(page: Page, testId: string, files: { name: string; type: string; bytes: Buffer }[]) {
  const dataTransfer = await page.evaluateHandle(
    (list) => {
      const transfer = new DataTransfer();
      for (const file of list)
        transfer.items.add(
          new File([Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0))], file.name, { type: file.type }),
        );
      return transfer;
    },
    files.map((f) => ({ name: f.name, type: f.type, base64: f.bytes.toString('base64') })),
  );
  await page.getByTestId(testId).dispatchEvent('drop', { dataTransfer });
}

/** Issue 16's "done when", in Chromium over a real database: evidence, minutes, anonymous downloads. */
describe('documents in the back-office', () => {
  const suite = backOfficeSuite('documents');
  const documentsOf = (page: Page) => page.getByRole('region', { name: 'Documentos' });
  /** What anyone downloads of a record's documents, through the public API and /files. */
  const publicDownloads = async (query: string) => {
    const answer = await (await fetch(`${suite.origin}/graphql/public?query=${encodeURIComponent(query)}`)).json();
    const documents = (answer.data.record.documents ?? []) as { downloadPath: string; contentSha256: string }[];
    return Promise.all(
      documents.map(async (d) => ({
        declared: d.contentSha256,
        actual: sha(Buffer.from(await (await fetch(`${suite.origin}${d.downloadPath}`)).arrayBuffer())),
      })),
    );
  };

  it('an agency editor drops evidence on its milestone (a program among the files is refused in Spanish) and marks it done', async () => {
    const [{ id: milestone }] = await suite.dataSource.query(
      `INSERT INTO milestone (commitment_id, position, title, publication) VALUES ($1, 7, 'Publicar el padrón de beneficiarios', 'PUBLISHED') RETURNING id`,
      [COMMITMENT_2],
    );
    const evidence = pdf('padrón publicado');
    const page = await suite.page({ as: suite.staff.agency });
    await page.goto(`${suite.origin}/admin/milestones/${milestone}/show`);
    await documentsOf(page).getByText('Sin documentos.').waitFor();
    await dropFiles(page, 'document-drop', [
      { name: 'Evidencia del padrón.pdf', type: 'application/pdf', bytes: evidence },
      { name: 'instalar.pdf', type: 'application/pdf', bytes: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64, 1)]) },
    ]);
    await documentsOf(page)
      .getByRole('alert')
      .filter({ hasText: 'instalar.pdf: no se aceptan programas, páginas web ni imágenes SVG con código' })
      .waitFor();
    await documentsOf(page).getByText('Evidencia del padrón.pdf: guardado').waitFor();
    await documentsOf(page).getByRole('link', { name: 'Descargar Evidencia del padrón.pdf' }).waitFor();
    expect(await documentsOf(page).getByRole('progressbar').count()).toBe(1);

    // Done, with the document as its only evidence.
    await page.goto(`${suite.origin}/admin/milestones/${milestone}`);
    await choose(page.getByLabel('Estado'), 'Cumplido');
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page.waitForURL(`${suite.origin}/admin/commitments/${COMMITMENT_2}/show/milestones`);
    const [row] = await suite.dataSource.query('SELECT status, evidence_url FROM milestone WHERE id = $1', [milestone]);
    expect(row).toEqual({ status: 'DONE', evidence_url: null });

    expect(
      await publicDownloads(`{ record: milestone(id: "${milestone}") { documents { downloadPath contentSha256 } } }`),
    ).toEqual([{ declared: sha(evidence), actual: sha(evidence) }]);
  });

  it("the institute uploads a session's minutes, and anyone downloads them byte for byte", async () => {
    const acta = pdf('acta de la séptima sesión ordinaria');
    const page = await suite.page({ as: suite.staff.institute });
    await page.goto(`${suite.origin}/admin/sessions/${SEVENTH}/show`);
    await documentsOf(page).getByText('Sin documentos.').waitFor();
    await documentsOf(page)
      .locator('input[type=file]')
      .setInputFiles({ name: 'Acta 7a sesión.pdf', mimeType: 'application/pdf', buffer: acta });
    await documentsOf(page).getByText('Acta 7a sesión.pdf: guardado').waitFor();
    await documentsOf(page).getByRole('link', { name: 'Descargar Acta 7a sesión.pdf' }).waitFor();
    await documentsOf(page)
      .getByText(/^Acta · sin fecha · 1 KB · Publicado$/)
      .waitFor();

    expect(
      await publicDownloads(`{ record: session(id: "${SEVENTH}") { documents { downloadPath contentSha256 } } }`),
    ).toEqual([{ declared: sha(acta), actual: sha(acta) }]);
  });

  it('an agency sees the minutes but cannot add documents to a Secretariat session', async () => {
    const page = await suite.page({ as: suite.staff.agency });
    await page.goto(`${suite.origin}/admin/sessions/${SEVENTH}/show`);
    await documentsOf(page).getByRole('link', { name: 'Descargar Acta 7a sesión.pdf' }).waitFor();
    expect(await page.getByTestId('document-drop').count()).toBe(0);
  });
});
