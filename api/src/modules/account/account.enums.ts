import { registerEnumType } from 'type-graphql';

/** Why a one-time password link was issued. */
export enum PasswordLinkPurpose {
  INVITATION = 'INVITATION',
  PASSWORD_RESET = 'PASSWORD_RESET',
}

registerEnumType(PasswordLinkPurpose, {
  name: 'PasswordLinkPurpose',
  description: 'Why a one-time link to set a password was issued.',
  valuesConfig: {
    INVITATION: { description: 'A new account, invited to set its first password.' },
    PASSWORD_RESET: { description: 'An existing account whose password an admin reset.' },
  },
});

/** How a one-time link reached (or is to reach) its person. */
export enum PasswordLinkDelivery {
  EMAIL = 'EMAIL',
  LINK = 'LINK',
}

registerEnumType(PasswordLinkDelivery, {
  name: 'PasswordLinkDelivery',
  description: 'How a one-time link reaches its person.',
  valuesConfig: {
    EMAIL: { description: 'Sent by e-mail through the configured SMTP server; the admin never sees the link.' },
    LINK: {
      description: 'No e-mail was sent (no SMTP server configured, or it failed): the admin passes the link on.',
    },
  },
});
