import { defineRecordKind, via } from '../../common/record-kind';
import { EventCommitment, EventOrganization, EventTheme } from './event-links.entity';
import { Event } from './event.entity';

/** Meetings are the events an agency keeps; the exercise's other events are the institute's. */
export const MEETING_KINDS = ['WORKING_MEETING', 'SITE_VISIT', 'COMMITMENT_WORKING_TABLE'];

/** SQL listing the commitments the event `eventId` serves. */
export const commitmentsOfEvent = (eventId: string) =>
  `SELECT ec.commitment_id FROM event_commitment ec WHERE ec.event_id = ${eventId}`;

/**
 * An agency keeps a meeting (and its agreements) only when its organisation is responsible for
 * every commitment the meeting serves: a meeting shared with another agency's commitment is
 * kept by the institute, so no agency can rewrite, unlink or delete what another agency holds.
 */
export const keptMeeting = (eventId: string) =>
  `(EXISTS (SELECT 1 FROM event_commitment ec WHERE ec.event_id = ${eventId})
    AND NOT EXISTS (SELECT 1 FROM event_commitment ec WHERE ec.event_id = ${eventId} AND NOT EXISTS (
      SELECT 1 FROM commitment_organization co WHERE co.commitment_id = ec.commitment_id AND co.organization_id = :viewerOrganizationId AND co.role = 'RESPONSIBLE'))
    AND (SELECT CAST(e.kind AS text) FROM event e WHERE e.id = ${eventId}) IN (${MEETING_KINDS.map((k) => `'${k}'`).join(', ')}))`;

export const eventKind = defineRecordKind({
  table: 'event',
  entity: Event,
  reach: { record: [via('exercise_id', 'exercise')] },
  exercise: (a) => `${a}.exercise_id`,
  commitments: (a) => commitmentsOfEvent(`${a}.id`),
  writers: { agency: (a) => keptMeeting(`${a}.id`) },
  optionalColumns: ['description', 'attendanceNote'],
});

export const eventOrganizationKind = defineRecordKind({
  table: 'event_organization',
  entity: EventOrganization,
  reach: { through: [via('event_id', 'event'), via('organization_id', 'organization')] },
});

export const eventThemeKind = defineRecordKind({
  table: 'event_theme',
  entity: EventTheme,
  reach: { through: [via('event_id', 'event'), via('theme_id', 'theme')] },
});

export const eventCommitmentKind = defineRecordKind({
  table: 'event_commitment',
  entity: EventCommitment,
  reach: { through: [via('event_id', 'event'), via('commitment_id', 'commitment')] },
});
