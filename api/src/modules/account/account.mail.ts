import nodemailer, { type Transporter } from 'nodemailer';
import { PasswordLinkPurpose } from './account.enums';

/**
 * E-mail to staff, through the SMTP server named by `SMTP_URL` (README, "Staff accounts"). Read
 * when a message is sent, so a deployment without SMTP simply hands the link to the admin.
 */
export interface MailSettings {
  url: string;
  from: string;
}

export function mailSettings(env: NodeJS.ProcessEnv = process.env): MailSettings | null {
  const url = env.SMTP_URL?.trim();
  if (!url) return null;
  return { url, from: env.MAIL_FROM?.trim() || 'Tablero Abierto <no-responder@localhost>' };
}

/** One transport per SMTP address: nodemailer pools nothing by default, so this only saves parsing. */
const transports = new Map<string, Transporter>();
const transportFor = (url: string) => {
  let transport = transports.get(url);
  if (!transport) transports.set(url, (transport = nodemailer.createTransport(url)));
  return transport;
};

export interface PasswordLinkMail {
  to: string;
  displayName: string;
  purpose: PasswordLinkPurpose;
  link: string;
  expiresAt: Date;
}

/** Expiry as people here read it: "12 de diciembre de 2026, 3:00 p.m. (hora del centro)". */
const expiry = (at: Date) =>
  `${new Intl.DateTimeFormat('es-MX', { dateStyle: 'long', timeStyle: 'short', timeZone: 'America/Mexico_City' }).format(at)} (hora del centro de México)`;

/** The message, in Spanish: staff of Mexican institutes are its readers. */
export function passwordLinkMessage(mail: PasswordLinkMail) {
  const invitation = mail.purpose === PasswordLinkPurpose.INVITATION;
  const subject = invitation ? 'Invitación a Tablero Abierto' : 'Restablece tu contraseña de Tablero Abierto';
  const text = [
    `Hola, ${mail.displayName}:`,
    '',
    invitation
      ? 'Se creó para ti una cuenta del personal en Tablero Abierto. Para empezar, define tu contraseña en este enlace:'
      : 'Un administrador restableció la contraseña de tu cuenta en Tablero Abierto. Define una nueva en este enlace:',
    '',
    mail.link,
    '',
    `El enlace sirve una sola vez y vence el ${expiry(mail.expiresAt)}.`,
    'Si no esperabas este correo, ignóralo: tu cuenta no cambia.',
  ].join('\n');
  return { to: mail.to, subject, text };
}

/** Sends the message; rejects when the SMTP server refuses it or cannot be reached. */
export async function sendPasswordLink(settings: MailSettings, mail: PasswordLinkMail): Promise<void> {
  await transportFor(settings.url).sendMail({ from: settings.from, ...passwordLinkMessage(mail) });
}
