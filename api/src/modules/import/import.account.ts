import type { EntityManager } from 'typeorm';
import { importMessages, type ReportLanguage } from './import.messages';
import type { Viewer } from '../../common/viewer';

/**
 * Who an import runs as: an active staff account, named by its e-mail. Its role and scope apply as
 * if it made each write by hand, and every audit row names it (with `import:<uuid>` as request id).
 * No session: the command runs where the database is, for an operator who can name an account.
 */
export async function importViewer(manager: EntityManager, email: string, language: ReportLanguage): Promise<Viewer> {
  const [account] = await manager.query(
    'SELECT id, role, organization_id, state_id FROM staff_account WHERE lower(email) = lower($1) AND disabled_at IS NULL',
    [email.trim()],
  );
  if (!account) throw new Error(importMessages(language).noAccount(email));
  return {
    kind: 'staff',
    accountId: account.id,
    role: account.role,
    organizationId: account.organization_id,
    stateId: account.state_id,
    sessionTokenHash: '',
  };
}
