import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { seedId } from '../../api/src/seed/upsert';
import { apiAs, backOfficeSuite, signIn, choose } from './support';

// Whole tasks in a real browser, with argon2 hashing on a busy two-core machine.
jest.setTimeout(180_000);

/**
 * The institute's staff accounts in the back-office, in Chromium over a real database: invite a
 * person (the one-time link handed over, or e-mailed through a real SMTP server started here), fix
 * an e-mail typo, reset a password, and disable an account only after confirming.
 */
describe('staff accounts in the back-office', () => {
  const suite = backOfficeSuite('staff_accounts');
  let smtp: SMTPServer;
  const inbox: { to: string; subject: string; text: string }[] = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream).then((mail) => {
          const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
          inbox.push({ to: to?.value[0]?.address ?? '', subject: mail.subject ?? '', text: mail.text ?? '' });
          callback();
        }, callback);
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    delete process.env.SMTP_URL;
    await new Promise<void>((resolve) => smtp?.close(() => resolve()));
  });

  afterEach(() => {
    delete process.env.SMTP_URL;
  });

  const as = (email: string | null, password = suite.staff.password) => suite.page({ as: email, password });

  /** Fills the new-account form's who-and-what inputs. */
  async function fillAccount(page: Page, email: string, name: string) {
    await page.goto(`${suite.origin}/admin/staffAccounts/create`);
    await page.getByLabel('Correo electrónico').fill(email);
    await page.getByLabel('Nombre visible').fill(name);
    await choose(page.getByLabel('Rol'), 'Enlace de dependencia');
    await page.getByLabel('Organización').fill('DIPETRE');
    await page
      .getByRole('option', { name: /DIPETRE/ })
      .first()
      .click();
  }

  it('invites a person without SMTP: the admin gets a one-time link, the person sets a password with it, and it works once', async () => {
    const admin = await as(suite.staff.institute);
    const email = `nueva.enlace-${Date.now()}@test.tablero.mx`;
    await fillAccount(admin, email, 'Nueva Enlace');
    // Inviting is the default: no password is typed by the admin.
    expect(await admin.getByLabel(/Invitar a la persona/).isChecked()).toBe(true);
    expect(await admin.getByLabel('Contraseña inicial (12 caracteres o más)').count()).toBe(0);
    await admin.getByRole('button', { name: 'Guardar' }).click();

    const panel = admin.getByRole('alert').filter({ hasText: 'Pasa este enlace a Nueva Enlace' });
    await panel.waitFor();
    expect(await panel.innerText()).toContain('No hay un servidor de correo configurado');
    const link = await panel.getByLabel('Enlace de un solo uso').inputValue();
    expect(link).toMatch(new RegExp(`^${suite.origin}/admin/set-password#[\\w-]{43}$`));
    await admin.getByText('Invitación pendiente').waitFor();

    // The person, signed out, opens the link.
    const person = await as(null);
    await person.goto(link);
    await person.getByRole('heading', { name: 'Define tu contraseña' }).waitFor();
    await person
      .getByText(`Hola, Nueva Enlace. Define la contraseña con la que entrarás a Tablero Abierto como ${email}.`)
      .waitFor();
    await person.getByLabel('Nueva contraseña (12 caracteres o más)').fill('mi contraseña de enlace');
    await person.getByLabel('Repite la contraseña').fill('otra cosa distinta');
    await person.getByRole('button', { name: 'Guardar contraseña' }).click();
    await person.getByRole('alert').filter({ hasText: 'Las dos contraseñas no coinciden.' }).waitFor();
    await person.getByLabel('Repite la contraseña').fill('mi contraseña de enlace');
    await person.getByRole('button', { name: 'Guardar contraseña' }).click();
    await person.getByText('Listo: tu contraseña quedó guardada. Ya puedes iniciar sesión.').waitFor();
    await person.getByRole('link', { name: 'Iniciar sesión' }).click();
    await signIn(person, suite.origin, email, 'mi contraseña de enlace');

    // The same link again says it no longer works.
    const again = await as(null);
    await again.goto(link);
    await again.getByRole('alert').filter({ hasText: 'Este enlace ya no sirve' }).waitFor();
    expect(await again.getByLabel('Nueva contraseña (12 caracteres o más)').count()).toBe(0);
  });

  it('fixes an e-mail typo in the edit form; the person keeps signing in with the same password', async () => {
    const graphql = await apiAs(suite.origin, suite.staff.institute, suite.staff.password);
    const typo = `enlace.con.errata-${Date.now()}@test.tablero.mx`;
    const { record } = await graphql(
      'mutation($input: StaffAccountInput!) { record: createStaffAccount(input: $input) { id } }',
      {
        input: {
          email: typo,
          displayName: 'Enlace Errata',
          password: 'contraseña del enlace',
          role: 'AGENCY_EDITOR',
          organizationId: seedId('organization:dipetre'),
        },
      },
    );
    const admin = await as(suite.staff.institute);
    await admin.goto(`${suite.origin}/admin/staffAccounts/${record.id}/show`);
    await admin.getByRole('link', { name: 'Editar' }).click();
    const fixed = typo.replace('errata', 'correcto');
    await admin.getByLabel('Correo electrónico').fill(fixed);
    await admin.getByRole('button', { name: 'Guardar' }).click();
    await admin.waitForURL(`${suite.origin}/admin/staffAccounts/${record.id}/show`);
    await admin.getByText(fixed, { exact: true }).waitFor();
    const person = await as(null);
    await signIn(person, suite.origin, fixed, 'contraseña del enlace');
  });

  it('resets a password by e-mail through SMTP when configured: the admin is told where it went, never shown the link', async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
    const admin = await as(suite.staff.institute);
    await admin.goto(`${suite.origin}/admin/staffAccounts`);
    const follower = suite.staff.follower;
    await admin.getByRole('cell', { name: follower, exact: true }).click();
    await admin.getByRole('button', { name: 'Restablecer contraseña' }).click();
    await admin
      .getByText(`Enviamos a ${follower} un correo para restablecer la contraseña.`, { exact: false })
      .waitFor();
    expect(await admin.getByLabel('Enlace de un solo uso').count()).toBe(0);
    const mail = inbox.find((m) => m.to === follower);
    expect(mail?.subject).toBe('Restablece tu contraseña de Tablero Abierto');
    const link = mail?.text.match(/http\S+#[\w-]{43}/)?.[0] ?? '';

    const person = await as(null);
    await person.goto(link);
    await person.getByText(/Define una nueva contraseña para/).waitFor();
    await person.getByLabel('Nueva contraseña (12 caracteres o más)').fill('la nueva del seguimiento');
    await person.getByLabel('Repite la contraseña').fill('la nueva del seguimiento');
    await person.getByRole('button', { name: 'Guardar contraseña' }).click();
    await person.getByText('Listo: tu contraseña quedó guardada.', { exact: false }).waitFor();
    await signIn(person, suite.origin, follower, 'la nueva del seguimiento');
  });

  it('disables an account only after confirming, and the session of its person ends', async () => {
    const personApi = await apiAs(suite.origin, suite.staff.agency, suite.staff.password);
    expect((await personApi('{ me { email } }')).me.email).toBe(suite.staff.agency);
    const admin = await as(suite.staff.institute);
    await admin.goto(`${suite.origin}/admin/staffAccounts`);
    await admin.getByRole('cell', { name: suite.staff.agency, exact: true }).click();
    await admin.getByRole('button', { name: 'Desactivar' }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByText(/^¿Desactivar la cuenta de /).waitFor();
    await dialog.getByText('Sus sesiones se cerrarán de inmediato', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Cancelar' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await personApi('{ me { email } }')).me.email).toBe(suite.staff.agency);

    await admin.getByRole('button', { name: 'Desactivar' }).click();
    await admin.getByRole('dialog').getByRole('button', { name: 'Desactivar' }).click();
    // exact: "Desactivar" contains "activar", and is on screen until the account is disabled.
    await admin.getByRole('button', { name: 'Activar', exact: true }).waitFor();
    expect((await personApi('{ me { email } }')).me).toBeNull();
  });
});
