import { byId, manyBy, manyThrough } from '../../common/loaders';
import { Organization } from '../organization/organization.entity';
import { CommitmentOrganization, CommitmentTheme } from './commitment-links.entity';
import { Theme } from '../theme/theme.entity';
import { Commitment } from './commitment.entity';
import { CommitmentOrganizationRole } from './commitment.enums';

export const commitmentById = byId(Commitment);
export const commitmentsByPlan = manyBy(Commitment, 'planId', { isProactive: 'ASC', number: 'ASC' });

const organizationsByCommitment = (role: CommitmentOrganizationRole) =>
  manyThrough(
    Organization,
    { entity: CommitmentOrganization, keyColumn: 'commitmentId', targetColumn: 'organizationId', where: { role } },
    { name: 'ASC' },
  );
const commitmentsByOrganization = (role: CommitmentOrganizationRole) =>
  manyThrough(
    Commitment,
    { entity: CommitmentOrganization, keyColumn: 'organizationId', targetColumn: 'commitmentId', where: { role } },
    { number: 'ASC' },
  );

export const responsibleAgenciesByCommitment = organizationsByCommitment(CommitmentOrganizationRole.RESPONSIBLE);
export const followersByCommitment = organizationsByCommitment(CommitmentOrganizationRole.FOLLOWER);
export const participantsByCommitment = organizationsByCommitment(CommitmentOrganizationRole.PARTICIPANT);
export const commitmentsByResponsibleAgency = commitmentsByOrganization(CommitmentOrganizationRole.RESPONSIBLE);
export const commitmentsByFollower = commitmentsByOrganization(CommitmentOrganizationRole.FOLLOWER);
export const themesByCommitment = manyThrough(
  Theme,
  { entity: CommitmentTheme, keyColumn: 'commitmentId', targetColumn: 'themeId' },
  { name: 'ASC' },
);
