import { defineRecordKind, exerciseVia, via } from '../../common/record-kind';
import { SessionAttendance } from './session-attendance.entity';
import { Session } from './session.entity';

export const sessionKind = defineRecordKind({
  table: 'session',
  entity: Session,
  reach: { record: [via('secretariat_id', 'secretariat')] },
  exercise: exerciseVia('secretariat_id', 'secretariat'),
  label: (a) => `concat_ws(' · ', ${a}.number, ${a}.date)`,
  optionalColumns: ['summary', 'convenedBy'],
});

export const sessionAttendanceKind = defineRecordKind({
  table: 'session_attendance',
  entity: SessionAttendance,
  reach: { record: [via('session_id', 'session')] },
  exercise: exerciseVia('session_id', 'session'),
  label: (a) =>
    `coalesce((SELECT p.name FROM person p WHERE p.id = ${a}.person_id), (SELECT o.name FROM organization o WHERE o.id = ${a}.organization_id), ${a}.description)`,
  optionalColumns: ['description'],
});
