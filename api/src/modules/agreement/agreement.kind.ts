import { defineRecordKind, exerciseVia, via } from '../../common/record-kind';
import { commitmentsOfEvent, keptMeeting } from '../event/event.kind';
import { AgreementResponsible } from './agreement-responsible.entity';
import { Agreement } from './agreement.entity';

/** An agreement is taken at a Secretariat session or at an event (a meeting). */
export const agreementKind = defineRecordKind({
  table: 'agreement',
  entity: Agreement,
  reach: { record: [], anyOf: [via('session_id', 'session'), via('event_id', 'event')] },
  exercise: (a) => `COALESCE(${exerciseVia('session_id', 'session')(a)}, ${exerciseVia('event_id', 'event')(a)})`,
  commitments: (a) => commitmentsOfEvent(`${a}.event_id`),
  // An agency rewrites the agreements of the meetings it keeps.
  writers: { agency: (a) => `(${a}.event_id IS NOT NULL AND ${keptMeeting(`${a}.event_id`)})` },
  // An agency named responsible follows the agreement up: its status and what the status rests on.
  followUp: {
    fields: ['status', 'statusNote'],
    agency: (a) =>
      `EXISTS (SELECT 1 FROM agreement_responsible ar WHERE ar.agreement_id = ${a}.id AND ar.organization_id = :viewerOrganizationId)`,
  },
  optionalColumns: ['statusNote'],
});

export const agreementResponsibleKind = defineRecordKind({
  table: 'agreement_responsible',
  entity: AgreementResponsible,
  reach: { through: [via('agreement_id', 'agreement'), via('organization_id', 'organization')] },
});
