import { registerEnumType } from 'type-graphql';

export enum MilestoneStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

registerEnumType(MilestoneStatus, {
  name: 'MilestoneStatus',
  description: 'Status of a planned activity (milestone) of a commitment.',
  valuesConfig: {
    NOT_STARTED: { description: 'Planned, not started.' },
    IN_PROGRESS: { description: 'Started, not finished.' },
    DONE: {
      description:
        'Finished, with evidence (a link, a document of the milestone, or a description of where the evidence is).',
    },
    CANCELLED: { description: 'Dropped; excluded from progress.' },
  },
});
