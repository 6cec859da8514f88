import { rowsByKey } from '../../common/loaders';
import { publicCondition } from '../../common/public-reach';
import { AgreementStatus } from '../agreement/agreement.enums';
import { CountQualifier } from '../event/event.enums';
import { countedOnce } from '../event/series';
import { RecordKind, reported, UNREPORTED_SQL } from '../exercise/coverage';
import type { ExerciseStatistics } from './statistics.types';

interface StatisticsRow {
  key: string;
  ordinary_sessions: string;
  extraordinary_sessions: string;
  agreements: Record<string, number> | null;
  events: string;
  attendance: string | null;
  attendance_lower_bound: boolean | null;
  events_with_attendance: string;
  commitments: string;
  unreported_records: string[];
}

/**
 * Public counts per exercise (public records only: published and reached through published records) in one statement. Attendance adds up the counts events carry at the level
 * the source gives them (a series' total is on the series, never split over its parts).
 */
export const statisticsByExercise = rowsByKey<StatisticsRow, ExerciseStatistics>(
  `SELECT x.id AS key,
     (SELECT count(*) FROM session s JOIN secretariat t ON t.id = s.secretariat_id WHERE t.exercise_id = x.id AND s.type = 'ORDINARY' AND ${publicCondition('session', 's')}) AS ordinary_sessions,
     (SELECT count(*) FROM session s JOIN secretariat t ON t.id = s.secretariat_id WHERE t.exercise_id = x.id AND s.type = 'EXTRAORDINARY' AND ${publicCondition('session', 's')}) AS extraordinary_sessions,
     (SELECT jsonb_object_agg(status, n) FROM (
        SELECT a.status, count(*) AS n FROM agreement a
        LEFT JOIN session s ON s.id = a.session_id LEFT JOIN secretariat t ON t.id = s.secretariat_id
        LEFT JOIN event e ON e.id = a.event_id
        WHERE (t.exercise_id = x.id OR e.exercise_id = x.id) AND ${publicCondition('agreement', 'a')} GROUP BY a.status) by_status) AS agreements,
     (SELECT count(*) FROM event e WHERE e.exercise_id = x.id AND ${publicCondition('event', 'e')} AND ${countedOnce('e')}) AS events,
     (SELECT sum(e.attendee_count) FROM event e WHERE e.exercise_id = x.id AND ${publicCondition('event', 'e')}) AS attendance,
     (SELECT bool_or(e.attendee_count_qualifier = 'MORE_THAN') FROM event e WHERE e.exercise_id = x.id AND ${publicCondition('event', 'e')}) AS attendance_lower_bound,
     (SELECT count(*) FROM event e WHERE e.exercise_id = x.id AND e.attendee_count IS NOT NULL AND ${publicCondition('event', 'e')}) AS events_with_attendance,
     (SELECT count(*) FROM commitment c JOIN action_plan p ON p.id = c.plan_id WHERE p.exercise_id = x.id AND ${publicCondition('commitment', 'c')}) AS commitments
     , ${UNREPORTED_SQL('x')} AS unreported_records
   FROM exercise x WHERE x.id = ANY($1)`,
  (row) => {
    const byStatus = row?.agreements ?? {};
    const ordinary = Number(row?.ordinary_sessions ?? 0);
    const extraordinary = Number(row?.extraordinary_sessions ?? 0);
    const unreported = row?.unreported_records;
    return {
      sessions: reported(unreported, RecordKind.SESSIONS, ordinary + extraordinary),
      ordinarySessions: reported(unreported, RecordKind.SESSIONS, ordinary),
      extraordinarySessions: reported(unreported, RecordKind.SESSIONS, extraordinary),
      agreements: reported(
        unreported,
        RecordKind.AGREEMENTS,
        Object.values(byStatus).reduce((sum, n) => sum + Number(n), 0),
      ),
      agreementsByStatus: reported(
        unreported,
        RecordKind.AGREEMENTS,
        Object.values(AgreementStatus).map((status) => ({ status, count: Number(byStatus[status] ?? 0) })),
      ),
      events: Number(row?.events ?? 0),
      attendance:
        row?.attendance == null
          ? null
          : {
              value: Number(row.attendance),
              qualifier: row.attendance_lower_bound ? CountQualifier.MORE_THAN : CountQualifier.EXACT,
            },
      eventsWithAttendance: Number(row?.events_with_attendance ?? 0),
      commitments: Number(row?.commitments ?? 0),
    };
  },
);
