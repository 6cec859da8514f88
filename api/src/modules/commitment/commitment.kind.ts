import { defineRecordKind, exerciseVia, via } from '../../common/record-kind';
import { CommitmentOrganization, CommitmentTheme } from './commitment-links.entity';
import { Commitment } from './commitment.entity';

/**
 * Where a record kept for one commitment (a milestone, a request, a delivery, a score) stands:
 * reached by the public through its commitment, of the commitment's exercise, serving it.
 */
export const underCommitment = {
  reach: { record: [via('commitment_id', 'commitment')] },
  exercise: exerciseVia('commitment_id', 'commitment'),
  commitments: (a: string) => `SELECT ${a}.commitment_id`,
};

/** An agency names only the commitments it is responsible for; the institute writes them. */
export const commitmentKind = defineRecordKind({
  table: 'commitment',
  entity: Commitment,
  reach: { record: [via('plan_id', 'action_plan')] },
  exercise: exerciseVia('plan_id', 'action_plan'),
  commitments: (a) => `SELECT ${a}.id`,
  agencyNames: 'responsible',
  label: (a) => `concat_ws('. ', ${a}.number, ${a}.title)`,
  optionalColumns: ['activationCondition', 'objective'],
});

export const commitmentOrganizationKind = defineRecordKind({
  table: 'commitment_organization',
  entity: CommitmentOrganization,
  reach: { through: [via('commitment_id', 'commitment'), via('organization_id', 'organization')] },
});

export const commitmentThemeKind = defineRecordKind({
  table: 'commitment_theme',
  entity: CommitmentTheme,
  reach: { through: [via('commitment_id', 'commitment'), via('theme_id', 'theme')] },
});
