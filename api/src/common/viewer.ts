import { registerEnumType } from 'type-graphql';

/**
 * Who is asking, as every read and write sees it: the roles staff accounts have, the viewer a
 * request carries (from its session cookie), and the cookie's name. The account module signs
 * viewers in and out; the shared mechanism (scope, writes, caches) only reads them.
 */

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
    AGENCY_EDITOR: {
      description:
        'Keeps the milestones, information requests and deliveries, meetings and agreement follow-up of the commitments its organisation is responsible for.',
    },
    CIVIL_SOCIETY_FOLLOWER: {
      description:
        'Confirms or disputes, with a comment, the reported status of milestones of the commitments its organisation follows.',
    },
    INSTITUTE_ADMIN: {
      description: "Keeps everything of its state's exercises, staff accounts of its state included.",
    },
    NATIONAL_EVALUATOR: {
      description:
        'Reads everything of every state; writes nothing but evaluations (rubric scores and recommendations).',
    },
    PLATFORM_ADMIN: { description: "Everything; creates the institutes' admins." },
  },
});

/** Who is asking: the public, or a signed-in staff account with its role and scope. */
export type Viewer =
  | { kind: 'public' }
  | {
      kind: 'staff';
      accountId: string;
      role: StaffRole;
      organizationId: string | null;
      stateId: string | null;
      /** SHA-256 of the session token, to end this session on sign-out. */
      sessionTokenHash: string;
    };

export const PUBLIC_VIEWER: Viewer = { kind: 'public' };

/** The cookie that carries a staff session's token. */
export const SESSION_COOKIE = 'tablero_session';
