import { publicCondition } from '../../common/public-reach';
import { MILESTONE_SUMS_SQL, PROGRESS_PERCENT_SQL } from '../milestone/progress';
import { PAGES_AGGREGATES } from '../information/information.types';
import { countedOnce } from '../event/series';
import { UNREPORTED_SQL } from '../exercise/coverage';
import { Sector } from '../secretariat/secretariat.enums';

/** Each record's condition comes from the one definition of public (public-reach.ts). */
const P = publicCondition;

/** The sectors in their display order, as SQL rows: every exercise's composition lists all three. */
const SECTORS = Object.values(Sector)
  .map((sector, i) => `('${sector}', ${i})`)
  .join(', ');

/**
 * The comparison of a set of exercises in one statement: each figure is a GROUP BY over the
 * exercises' public records, joined on the exercise id, so the database does the counting and
 * Node receives one row per exercise whatever their size. `$1` is the array of exercise ids.
 *
 * Visibility is the downloads' and feeds': a record counts when it is published, not deleted, and
 * reached through published records (plan → commitment → delivery; Secretariat → session →
 * agreement; event → agreement).
 */
export const COMPARISON_SQL = `
WITH x AS (SELECT x.* FROM exercise x WHERE x.id = ANY($1::uuid[]) AND ${P('exercise', 'x')}),
pl AS (SELECT pl.id, pl.exercise_id, pl.published_on FROM action_plan pl JOIN x ON x.id = pl.exercise_id WHERE ${P('action_plan', 'pl')}),
cm AS (SELECT c.id, c.plan_id, c.is_proactive, pl.exercise_id FROM commitment c JOIN pl ON pl.id = c.plan_id WHERE ${P('commitment', 'c')}),
ms AS (
  SELECT m.commitment_id, ${MILESTONE_SUMS_SQL('m')}
    FROM milestone m JOIN cm ON cm.id = m.commitment_id WHERE ${P('milestone', 'm')} GROUP BY m.commitment_id),
progress AS (
  SELECT cm.exercise_id, cm.id, cm.is_proactive, ms.counted, ms.done,
         ${PROGRESS_PERCENT_SQL('ms')} AS percent
    FROM cm LEFT JOIN ms ON ms.commitment_id = cm.id),
commitments AS (
  SELECT exercise_id, count(*) AS total, count(*) FILTER (WHERE NOT is_proactive) AS regular, count(*) FILTER (WHERE is_proactive) AS proactive, count(percent) AS measured, count(*) - count(percent) AS unknown,
         count(*) FILTER (WHERE percent = 100) AS complete, count(*) FILTER (WHERE percent = 0) AS not_started,
         round(avg(percent), 1) AS average_percent, coalesce(sum(counted), 0) AS milestones, coalesce(sum(done), 0) AS milestones_done
    FROM progress GROUP BY exercise_id),
pages AS (
  SELECT cm.exercise_id, ${PAGES_AGGREGATES}
    FROM information_delivery d JOIN cm ON cm.id = d.commitment_id WHERE ${P('information_delivery', 'd')} GROUP BY cm.exercise_id),
requests AS (
  SELECT cm.exercise_id, count(*) AS total,
         count(*) FILTER (WHERE r.response = 'FULL') AS full, count(*) FILTER (WHERE r.response = 'PARTIAL') AS partial,
         count(*) FILTER (WHERE r.response = 'NONE') AS none, count(*) FILTER (WHERE r.response = 'UNKNOWN') AS unknown,
         coalesce(sum(r.recipient_count), 0) AS group_recipients, coalesce(sum(r.responded_count) FILTER (WHERE r.recipient_count IS NOT NULL), 0) AS group_responded
    FROM information_request r JOIN cm ON cm.id = r.commitment_id WHERE ${P('information_request', 'r')} GROUP BY cm.exercise_id),
st AS (SELECT t.id, t.exercise_id, t.installed_on, t.declared_seats FROM secretariat t JOIN x ON x.id = t.exercise_id WHERE ${P('secretariat', 't')}),
-- Composition by sector: the seats the source declares, the representative seats it lists, those
-- listed with no holder ("OSC por definir") and the distinct bodies named as holders.
rep AS (
  SELECT o.id, o.sector::text AS sector, st.exercise_id, EXISTS (SELECT 1 FROM membership m WHERE m.post_id = o.id AND ${P('membership', 'm')}) AS held,
         (SELECT array_agg(DISTINCT m.on_behalf_of_id) FILTER (WHERE m.on_behalf_of_id IS NOT NULL) FROM membership m WHERE m.post_id = o.id AND ${P('membership', 'm')}) AS bodies
    FROM post o JOIN st ON st.id = o.secretariat_id WHERE ${P('post', 'o')} AND o.role = 'REPRESENTATIVE' AND o.sector IS NOT NULL),
seats AS (
  SELECT rep.exercise_id, rep.sector, count(*) AS listed, count(*) FILTER (WHERE NOT rep.held) AS open,
         (SELECT count(DISTINCT b) FROM rep r2, unnest(r2.bodies) b WHERE r2.exercise_id = rep.exercise_id AND r2.sector = rep.sector) AS bodies
    FROM rep GROUP BY rep.exercise_id, rep.sector),
composition AS (
  SELECT st.exercise_id,
         jsonb_agg(jsonb_build_object('sector', s.sector,
           'declaredSeats', (SELECT (e->>'seats')::int FROM jsonb_array_elements(coalesce(st.declared_seats, '[]'::jsonb)) e WHERE e->>'sector' = s.sector LIMIT 1),
           'seatsListed', coalesce(seats.listed, 0), 'seatsOpen', coalesce(seats.open, 0), 'bodiesNamed', coalesce(seats.bodies, 0)) ORDER BY s.position) AS sectors
    FROM st CROSS JOIN (VALUES ${SECTORS}) s(sector, position)
    LEFT JOIN seats ON seats.exercise_id = st.exercise_id AND seats.sector = s.sector
   GROUP BY st.exercise_id),
se AS (SELECT s.id, s.type, st.exercise_id FROM session s JOIN st ON st.id = s.secretariat_id WHERE ${P('session', 's')}),
sessions AS (
  SELECT exercise_id, count(*) AS total, count(*) FILTER (WHERE type = 'ORDINARY') AS ordinary, count(*) FILTER (WHERE type = 'EXTRAORDINARY') AS extraordinary
    FROM se GROUP BY exercise_id),
ev AS (SELECT e.id, e.exercise_id, e.attendee_count, e.attendee_count_qualifier, ${countedOnce('e')} AS counted FROM event e JOIN x ON x.id = e.exercise_id WHERE ${P('event', 'e')}),
events AS (
  SELECT exercise_id, count(*) FILTER (WHERE counted) AS total, sum(attendee_count) AS attendance, bool_or(attendee_count_qualifier = 'MORE_THAN') AS attendance_lower_bound,
         count(attendee_count) AS with_attendance
    FROM ev GROUP BY exercise_id),
ag AS (
  SELECT se.exercise_id, a.status FROM agreement a JOIN se ON se.id = a.session_id WHERE ${P('agreement', 'a')}
  UNION ALL
  SELECT ev.exercise_id, a.status FROM agreement a JOIN ev ON ev.id = a.event_id WHERE ${P('agreement', 'a')}),
agreements AS (SELECT exercise_id, jsonb_object_agg(status, n) AS by_status FROM (SELECT exercise_id, status, count(*) AS n FROM ag GROUP BY exercise_id, status) s GROUP BY exercise_id),
first_plan AS (
  SELECT DISTINCT ON (exercise_id) exercise_id, published_on FROM pl WHERE published_on IS NOT NULL
   ORDER BY exercise_id, partial_date_first_day(published_on), published_on),
va AS (SELECT v.id, pl.exercise_id, v.plan_id FROM evaluation v JOIN pl ON pl.id = v.plan_id WHERE ${P('evaluation', 'v')}),
criteria AS (SELECT k.id, k.dimension, va.exercise_id, va.plan_id FROM evaluation_criterion k JOIN va ON va.id = k.evaluation_id WHERE ${P('evaluation_criterion', 'k')}),
-- Scores expected: each plan's criteria times its commitments (counted, not joined, so no cross product is built).
expected AS (
  SELECT k.exercise_id, sum(k.criteria * coalesce(c.commitments, 0)) AS expected
    FROM (SELECT exercise_id, plan_id, count(*) AS criteria FROM criteria GROUP BY exercise_id, plan_id) k
    LEFT JOIN (SELECT plan_id, count(*) AS commitments FROM cm GROUP BY plan_id) c ON c.plan_id = k.plan_id
   GROUP BY k.exercise_id),
known AS (
  SELECT k.exercise_id, count(s.score) AS known,
         round(avg(s.score) FILTER (WHERE k.dimension = 'QUALITY'), 2) AS quality, round(avg(s.score) FILTER (WHERE k.dimension = 'RELEVANCE'), 2) AS relevance
    FROM evaluation_score s JOIN criteria k ON k.id = s.criterion_id JOIN cm ON cm.id = s.commitment_id AND cm.plan_id = k.plan_id
   WHERE ${P('evaluation_score', 's')} GROUP BY k.exercise_id),
evaluations AS (SELECT exercise_id, count(*) AS total FROM va GROUP BY exercise_id)
SELECT x.id, x.slug, x.title, x.is_synthetic, x.is_demo, x.reported_status, ${UNREPORTED_SQL('x')} AS unreported_records, state.code AS state_code, x.joint_declaration_on,
       (SELECT st.installed_on FROM st WHERE st.exercise_id = x.id LIMIT 1) AS installed_on, first_plan.published_on,
       EXISTS (SELECT 1 FROM st WHERE st.exercise_id = x.id) AS has_secretariat, composition.sectors AS composition,
       (SELECT count(*) FROM pl WHERE pl.exercise_id = x.id) AS plans, commitments.regular, commitments.proactive,
       coalesce(commitments.total, 0) AS commitments, coalesce(commitments.measured, 0) AS measured, coalesce(commitments.unknown, 0) AS unknown_progress,
       coalesce(commitments.complete, 0) AS complete, coalesce(commitments.not_started, 0) AS not_started, commitments.average_percent,
       coalesce(commitments.milestones, 0) AS milestones, coalesce(commitments.milestones_done, 0) AS milestones_done,
       pages.pages, pages.lower_bound AS pages_lower_bound, pages.counted AS deliveries_counted, pages.uncounted AS deliveries_uncounted,
       coalesce(requests.total, 0) AS requests, coalesce(requests.full, 0) AS requests_full, coalesce(requests.partial, 0) AS requests_partial,
       coalesce(requests.none, 0) AS requests_none, coalesce(requests.unknown, 0) AS requests_unknown,
       coalesce(requests.group_recipients, 0) AS group_recipients, coalesce(requests.group_responded, 0) AS group_responded,
       coalesce(sessions.total, 0) AS sessions, coalesce(sessions.ordinary, 0) AS ordinary_sessions, coalesce(sessions.extraordinary, 0) AS extraordinary_sessions,
       agreements.by_status AS agreements,
       coalesce(events.total, 0) AS events, events.attendance, coalesce(events.attendance_lower_bound, false) AS attendance_lower_bound,
       coalesce(events.with_attendance, 0) AS events_with_attendance,
       coalesce(evaluations.total, 0) AS evaluations, coalesce(expected.expected, 0) AS scores_expected, coalesce(known.known, 0) AS scores_known,
       known.quality AS average_quality, known.relevance AS average_relevance
  FROM x JOIN state ON state.id = x.state_id
  LEFT JOIN commitments ON commitments.exercise_id = x.id
  LEFT JOIN pages ON pages.exercise_id = x.id
  LEFT JOIN requests ON requests.exercise_id = x.id
  LEFT JOIN sessions ON sessions.exercise_id = x.id
  LEFT JOIN events ON events.exercise_id = x.id
  LEFT JOIN agreements ON agreements.exercise_id = x.id
  LEFT JOIN first_plan ON first_plan.exercise_id = x.id
  LEFT JOIN evaluations ON evaluations.exercise_id = x.id
  LEFT JOIN expected ON expected.exercise_id = x.id
  LEFT JOIN known ON known.exercise_id = x.id
  LEFT JOIN composition ON composition.exercise_id = x.id
 ORDER BY x.is_synthetic, state.code, partial_date_first_day(x.start_date) NULLS LAST, x.slug`;
