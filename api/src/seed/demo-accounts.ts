import type { DataSource } from 'typeorm';
import { DEMO_EMAIL_DOMAIN, hashPassword } from '../modules/account/account.service';
import { StaffAccount } from '../modules/account/staff-account.entity';
import { loadSeedFiles } from './load-files';
import { seed } from './seed';
import { seedId } from './upsert';
import { StaffRole } from '../common/viewer';

/** DEMO ONLY: the password of every demo account, published in the README. */
export const DEMO_PASSWORD = 'demo-tablero-2026';

/** One account per role on the Coahuila exercise, for trying the platform by hand. */
export const DEMO_ACCOUNTS = [
  {
    email: `plataforma@${DEMO_EMAIL_DOMAIN}`,
    displayName: 'Administración de la plataforma (demo)',
    role: StaffRole.PLATFORM_ADMIN,
    organization: null,
    state: null,
  },
  {
    email: `icai@${DEMO_EMAIL_DOMAIN}`,
    displayName: 'ICAI, administración (demo)',
    role: StaffRole.INSTITUTE_ADMIN,
    organization: 'icai',
    state: 'MX-COA',
  },
  {
    email: `evaluador@${DEMO_EMAIL_DOMAIN}`,
    displayName: 'INAI, evaluación (demo)',
    role: StaffRole.NATIONAL_EVALUATOR,
    organization: 'inai',
    state: null,
  },
  {
    email: `dipetre@${DEMO_EMAIL_DOMAIN}`,
    displayName: 'DIPETRE, enlace (demo)',
    role: StaffRole.AGENCY_EDITOR,
    organization: 'dipetre',
    state: 'MX-COA',
  },
  {
    email: `magisterio@${DEMO_EMAIL_DOMAIN}`,
    displayName: 'Movimiento Magisterial, seguimiento (demo)',
    role: StaffRole.CIVIL_SOCIETY_FOLLOWER,
    organization: 'movimiento-magisterial',
    state: 'MX-COA',
  },
] as const;

/**
 * Creates the demo accounts (once; existing ones are left as they are) and the demonstration
 * exercise (fictitious, flagged demo). Refused when NODE_ENV=production: a published password
 * must never open a real deployment, and demonstration data must never sit beside real data there.
 */
export async function seedDemo(dataSource: DataSource): Promise<void> {
  if (process.env.NODE_ENV === 'production')
    throw new Error('Demo accounts and data are refused when NODE_ENV=production');
  await seed(dataSource, loadSeedFiles(undefined, { demo: true }));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    await dataSource
      .createQueryBuilder()
      .insert()
      .into(StaffAccount)
      .values({
        id: seedId(`demo-account:${account.email}`),
        email: account.email,
        displayName: account.displayName,
        passwordHash,
        role: account.role,
        organizationId: account.organization && seedId(`organization:${account.organization}`),
        stateId: account.state && seedId(`state:${account.state}`),
      })
      .orIgnore()
      .execute();
  }
}
