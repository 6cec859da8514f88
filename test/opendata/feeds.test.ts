import { storeBytes } from '../../api/src/modules/document/document.storage';
import { seedId } from '../../api/src/seed/upsert';
import { roles } from '../support/staff';
import { COAHUILA, sandboxExercise, startApp } from './support';

/** A minimal XML check: every tag closed in order, one root; enough to catch a broken feed. */
function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  for (const match of body.matchAll(/<(\/?)([A-Za-z][\w:.-]*)([^>]*?)(\/?)>/g)) {
    const [, closing, name, , selfClosing] = match;
    if (selfClosing) continue;
    if (closing) {
      if (stack.pop() !== name) return false;
    } else stack.push(name);
  }
  return stack.length === 0;
}

const entries = (xml: string) =>
  [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map(([, entry]) => ({
    id: /<id>([^<]*)<\/id>/.exec(entry)?.[1],
    title: /<title>([^<]*)<\/title>/.exec(entry)?.[1],
    updated: /<updated>([^<]*)<\/updated>/.exec(entry)?.[1],
    author: /<author><name>([^<]*)<\/name><\/author>/.exec(entry)?.[1],
    raw: entry,
  }));

/**
 * The change feeds: what was published or changed in an exercise and in a commitment, followed
 * without an account, naming the organisation that made each change and never the person.
 */
describe('Atom change feeds', () => {
  let ctx: Awaited<ReturnType<typeof startApp>>;
  let who: Awaited<ReturnType<typeof roles>>;
  let sandbox: Awaited<ReturnType<typeof sandboxExercise>>;
  let ours: string;
  let other: string;
  const feed = async (path: string) => {
    const response = await fetch(`${ctx.base}/feeds/${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    return response.text();
  };

  beforeAll(async () => {
    ctx = await startApp('feeds');
    who = await roles(ctx.api.dataSource.manager);
    sandbox = await sandboxExercise(ctx.api, who.institute, 'canal');
    ours = await sandbox.create('Commitment', {
      planId: sandbox.plan,
      number: 1,
      title: 'Compromiso seguido',
      publication: 'PUBLISHED',
      responsibleAgencyIds: [seedId('organization:dipetre')],
    });
    other = await sandbox.create('Commitment', {
      planId: sandbox.plan,
      number: 2,
      title: 'Otro compromiso',
      publication: 'PUBLISHED',
    });
  });
  afterAll(() => ctx.stop());

  it('lists a published change with the organisation that made it, never the person', async () => {
    const { record } = await ctx.api.data(
      `mutation($i: InformationDeliveryInput!) { record: createInformationDelivery(input: $i) { id } }`,
      {
        i: {
          commitmentId: ours,
          description: 'Auxiliares contables en Excel',
          pages: 120,
          pagesQualifier: 'EXACT',
          publication: 'PUBLISHED',
        },
      },
      who.agency,
    );
    const xml = await feed(`exercises/${sandbox.slug}.atom`);
    expect(wellFormed(xml)).toBe(true);
    expect(xml).toContain(`<id>${ctx.base}/feeds/exercises/${sandbox.slug}.atom</id>`);
    expect(xml).toContain(
      `<link rel="self" type="application/atom+xml" href="${ctx.base}/feeds/exercises/${sandbox.slug}.atom"/>`,
    );
    const delivery = entries(xml).find((e) => e.raw.includes(record.id));
    expect(delivery?.title).toBe('Publicado · Entrega de información: Auxiliares contables en Excel');
    expect(delivery?.author).toBe(
      'Dirección de Pensiones de los Trabajadores al Servicio de la Educación del Estado de Coahuila',
    );
    expect(delivery?.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(delivery?.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(delivery?.raw).toContain('<code>pages</code>: (vacío) → 120');
    // The agency's account: neither its name nor its id appear anywhere.
    const account = (await ctx.api.dataSource.query('SELECT id, display_name FROM staff_account WHERE id = $1', [
      who.agency.kind === 'staff' ? who.agency.accountId : '',
    ])) as { id: string; display_name: string }[];
    expect(xml).not.toContain(account[0].display_name);
    expect(xml).not.toContain(account[0].id);
  });

  it('keeps drafts out, shows a record once it is published, and drops it once deleted', async () => {
    const { record } = await ctx.api.data(
      `mutation($i: InformationDeliveryInput!) { record: createInformationDelivery(input: $i) { id } }`,
      { i: { commitmentId: ours, description: 'Entrega en preparación' } },
      who.agency,
    );
    expect(await feed(`exercises/${sandbox.slug}.atom`)).not.toContain('Entrega en preparación');
    await ctx.api.data(
      `mutation($id: ID!) { updateInformationDelivery(id: $id, version: 1, input: { publication: PUBLISHED, pages: 7, pagesQualifier: EXACT }) { version } }`,
      { id: record.id },
      who.agency,
    );
    const published = entries(await feed(`exercises/${sandbox.slug}.atom`)).filter((e) => e.raw.includes(record.id));
    // Its history starts at publication: the draft's creation is not an entry, and nothing is compared with the draft.
    expect(published.map((e) => e.title)).toEqual(['Publicado · Entrega de información: Entrega en preparación']);
    expect(published[0].raw).toContain('<code>pages</code>: (vacío) → 7');
    await ctx.api.data(
      `mutation($id: ID!) { deleteInformationDelivery(id: $id, version: 2) { id } }`,
      { id: record.id },
      who.institute,
    );
    expect(await feed(`exercises/${sandbox.slug}.atom`)).not.toContain(record.id);
  });

  it('announces a published document with a link to its file, on the exercise and on its commitment', async () => {
    // Real bytes under their own hash: the shared database stays one a backup can verify.
    const { sha256 } = await storeBytes(ctx.api.dataSource.manager, Buffer.from('%PDF-1.4\n% minuta firmada\n%%EOF\n'));
    const milestone = await sandbox.create('Milestone', {
      commitmentId: ours,
      position: 5,
      title: 'Hito con evidencia',
      publication: 'PUBLISHED',
    });
    const draft = await sandbox.create('Document', {
      milestoneId: milestone,
      title: 'Evidencia en borrador',
      kind: 'EVIDENCE',
      contentSha256: sha256,
      fileName: 'borrador.pdf',
    });
    const { record } = await ctx.api.data(
      `mutation($i: DocumentInput!) { record: createDocument(input: $i) { id } }`,
      {
        i: {
          milestoneId: milestone,
          title: 'Minuta firmada',
          kind: 'EVIDENCE',
          contentSha256: sha256,
          fileName: 'minuta firmada.pdf',
          publication: 'PUBLISHED',
        },
      },
      who.agency,
    );
    for (const path of [`exercises/${sandbox.slug}.atom`, `commitments/${ours}.atom`]) {
      const xml = await feed(path);
      expect(wellFormed(xml)).toBe(true);
      const entry = entries(xml).find((e) => e.raw.includes(record.id));
      expect(entry?.title).toBe('Publicado · Documento: Minuta firmada');
      expect(entry?.raw).toContain(`<link rel="enclosure" href="${ctx.base}/files/${sha256}/minuta%20firmada.pdf"/>`);
      expect(xml).not.toContain(draft);
    }
    expect(await feed(`commitments/${other}.atom`)).not.toContain(record.id);
  });

  it("follows one commitment: its own records and its meetings', not the others'", async () => {
    const meeting = await sandbox.create('Event', {
      exerciseId: sandbox.exercise,
      kind: 'WORKING_MEETING',
      title: 'Reunión de seguimiento',
      startDate: '2018-03-01',
      commitmentIds: [ours],
      publication: 'PUBLISHED',
    });
    await sandbox.create('Agreement', {
      eventId: meeting,
      position: 1,
      text: 'Entregar el padrón en formato abierto',
      publication: 'PUBLISHED',
    });
    await sandbox.create('Milestone', {
      commitmentId: other,
      position: 1,
      title: 'Hito de otro compromiso',
      publication: 'PUBLISHED',
    });
    const xml = await feed(`commitments/${ours}.atom`);
    expect(wellFormed(xml)).toBe(true);
    expect(xml).toContain('Cambios publicados: Compromiso 1: Compromiso seguido');
    expect(xml).toContain('Evento: Reunión de seguimiento');
    expect(xml).toContain('Acuerdo: Entregar el padrón en formato abierto');
    expect(xml).toContain('Auxiliares contables en Excel');
    expect(xml).not.toContain('Hito de otro compromiso');
    expect(await feed(`exercises/${sandbox.slug}.atom`)).toContain('Hito de otro compromiso');
  });

  it('is a valid, empty feed for an exercise nobody has changed on the platform yet, and 404 for what is not public', async () => {
    const xml = await feed(`exercises/${COAHUILA}.atom`);
    expect(wellFormed(xml)).toBe(true);
    expect(xml).toMatch(/<updated>\d{4}-\d{2}-\d{2}T/);
    expect((await fetch(`${ctx.base}/feeds/exercises/no-existe.atom`)).status).toBe(404);
    const draft = await sandbox.create('Commitment', {
      planId: sandbox.plan,
      number: 3,
      title: 'Compromiso en borrador',
    });
    expect((await fetch(`${ctx.base}/feeds/commitments/${draft}.atom`)).status).toBe(404);
    expect((await fetch(`${ctx.base}/feeds/commitments/no-es-un-id.atom`)).status).toBe(404);
  });
});
