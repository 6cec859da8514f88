import { registerEnumType } from 'type-graphql';

export enum AgreementStatus {
  UNKNOWN = 'UNKNOWN',
  PENDING = 'PENDING',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

registerEnumType(AgreementStatus, {
  name: 'AgreementStatus',
  description: 'Follow-up status of an agreement (acuerdo).',
  valuesConfig: {
    UNKNOWN: { description: 'The source does not say whether the agreement was carried out.' },
    PENDING: { description: 'Not started yet.' },
    IN_PROGRESS: { description: 'Being carried out.' },
    DONE: { description: 'Carried out; the source or the follow-up says so.' },
    CANCELLED: { description: 'Dropped by a later decision.' },
  },
});
