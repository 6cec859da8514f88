import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { createAccount } from '../../api/src/modules/account/account.service';
import { seedId } from '../../api/src/seed/upsert';
import { StaffRole } from '../../api/src/common/viewer';
import type { Viewer } from '../../api/src/common/viewer';

export const TEST_PASSWORD = 'a long test password';

/** Creates a staff account (as the command line would) and returns it with the viewer it signs in as. */
export async function staff(
  manager: EntityManager,
  role: StaffRole,
  scope: { organization?: string; state?: string } = {},
) {
  const unique = randomUUID().slice(0, 13);
  const account = await createAccount(manager, null, {
    email: `${role.toLowerCase()}-${unique}@test.tablero.mx`,
    displayName: `Persona de prueba ${unique}`,
    password: TEST_PASSWORD,
    role,
    organizationId: scope.organization ? seedId(`organization:${scope.organization}`) : null,
    stateId: scope.state ? seedId(`state:${scope.state}`) : null,
  });
  const viewer: Viewer = {
    kind: 'staff',
    accountId: account.id,
    role,
    organizationId: account.organizationId,
    stateId: account.stateId,
    sessionTokenHash: 'none',
  };
  return { account, viewer };
}

/** The viewers of the permission table, each with the scope the Coahuila seed gives it. */
export async function roles(manager: EntityManager) {
  const make = async (role: StaffRole, scope: { organization?: string; state?: string } = {}) =>
    (await staff(manager, role, scope)).viewer;
  return {
    agency: await make(StaffRole.AGENCY_EDITOR, { organization: 'dipetre' }), // responsible for commitment 2
    otherAgency: await make(StaffRole.AGENCY_EDITOR, { organization: 'conagua', state: 'MX-COA' }), // CONAGUA's office in Coahuila: responsible for commitment 6 only
    follower: await make(StaffRole.CIVIL_SOCIETY_FOLLOWER, { organization: 'movimiento-magisterial' }), // follows commitment 2
    institute: await make(StaffRole.INSTITUTE_ADMIN, { organization: 'icai', state: 'MX-COA' }),
    otherInstitute: await make(StaffRole.INSTITUTE_ADMIN, { state: 'MX-DUR' }),
    evaluator: await make(StaffRole.NATIONAL_EVALUATOR, { organization: 'inai' }),
    platform: await make(StaffRole.PLATFORM_ADMIN),
  };
}
