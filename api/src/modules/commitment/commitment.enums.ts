import { registerEnumType } from 'type-graphql';

export enum CommitmentOrganizationRole {
  RESPONSIBLE = 'RESPONSIBLE',
  FOLLOWER = 'FOLLOWER',
  PARTICIPANT = 'PARTICIPANT',
}

registerEnumType(CommitmentOrganizationRole, {
  name: 'CommitmentOrganizationRole',
  description: 'How an organisation takes part in a commitment.',
  valuesConfig: {
    RESPONSIBLE: { description: 'A public agency responsible for carrying out the commitment.' },
    FOLLOWER: { description: 'A civil-society organisation that follows the commitment (da seguimiento).' },
    PARTICIPANT: {
      description:
        'A public body that took part in its work (attended its meetings, was asked for information) but that the source does not name responsible.',
    },
  },
});

export enum ProgressUnknownReason {
  NO_MILESTONES = 'NO_MILESTONES',
  NO_WEIGHTED_MILESTONES = 'NO_WEIGHTED_MILESTONES',
}

registerEnumType(ProgressUnknownReason, {
  name: 'ProgressUnknownReason',
  description: "Why a commitment's progress cannot be computed.",
  valuesConfig: {
    NO_MILESTONES: { description: 'The commitment has no plan of milestones to measure progress against.' },
    NO_WEIGHTED_MILESTONES: { description: 'Every milestone is cancelled, so no weight is left to measure against.' },
  },
});
