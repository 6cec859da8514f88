import type { StaffRole } from './account.enums';

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
