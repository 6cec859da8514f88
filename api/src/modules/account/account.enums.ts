import { registerEnumType } from 'type-graphql';

export enum StaffRole {
  AGENCY_EDITOR = 'AGENCY_EDITOR',
  CIVIL_SOCIETY_FOLLOWER = 'CIVIL_SOCIETY_FOLLOWER',
  INSTITUTE_ADMIN = 'INSTITUTE_ADMIN',
  NATIONAL_EVALUATOR = 'NATIONAL_EVALUATOR',
  PLATFORM_ADMIN = 'PLATFORM_ADMIN',
}

registerEnumType(StaffRole, {
  name: 'StaffRole',
  description: 'What a staff account may do. Scope always comes from the records themselves, never from the client.',
  valuesConfig: {
    AGENCY_EDITOR: { description: 'Keeps the milestones, information requests and deliveries, meetings and agreement follow-up of the commitments its organisation is responsible for.' },
    CIVIL_SOCIETY_FOLLOWER: { description: "Confirms or disputes, with a comment, the reported status of milestones of the commitments its organisation follows." },
    INSTITUTE_ADMIN: { description: "Keeps everything of its state's exercises, staff accounts of its state included." },
    NATIONAL_EVALUATOR: { description: 'Reads everything of every state; writes nothing but evaluations (rubric scores and recommendations).' },
    PLATFORM_ADMIN: { description: 'Everything; creates the institutes\' admins.' },
  },
});

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
    LINK: { description: 'No e-mail was sent (no SMTP server configured, or it failed): the admin passes the link on.' },
  },
});
