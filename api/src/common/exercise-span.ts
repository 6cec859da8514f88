import type { EntityManager } from 'typeorm';
import { badInput, InputProblem } from './errors';
import { partialDateEnd, partialDateStart } from './partial-date';

/**
 * How far before its start and after its end an exercise's records may be dated. Work starts
 * before the declaration and deliveries trail the closing report (Coahuila 2015-2017 has some in
 * 2018), but a 2015-2017 delivery dated 0001-01-01 or 2099-01-01 is a typing mistake.
 */
export const SPAN_MARGIN_YEARS = { before: 2, after: 5 };

/**
 * Refuses `value` (a partial date of the record's `field`) when it falls outside its commitment's
 * exercise span widened by SPAN_MARGIN_YEARS, with reason DATE_OUT_OF_RANGE and the allowed years.
 * An exercise without dates says nothing, so nothing is refused.
 */
export async function checkWithinCommitmentExercise(
  manager: EntityManager,
  commitmentId: unknown,
  field: string,
  value: unknown,
): Promise<void> {
  if (typeof value !== 'string' || typeof commitmentId !== 'string') return;
  const [span] = (await manager.query(
    `SELECT e.start_date AS "startDate", e.end_date AS "endDate" FROM commitment c JOIN action_plan p ON p.id = c.plan_id JOIN exercise e ON e.id = p.exercise_id WHERE c.id = $1`,
    [commitmentId],
  )) as { startDate: string | null; endDate: string | null }[];
  if (!span?.startDate && !span?.endDate) return;
  const from = Number((span.startDate ?? span.endDate)!.slice(0, 4)) - SPAN_MARGIN_YEARS.before;
  const to = Number((span.endDate ?? span.startDate)!.slice(0, 4)) + SPAN_MARGIN_YEARS.after;
  if (partialDateEnd(value) < `${from}-01-01` || partialDateStart(value) > `${to}-12-31`) {
    throw badInput(
      `input.${field}`,
      `(${value}) is far outside its exercise's span: give a date from ${from} to ${to}`,
      InputProblem.DATE_OUT_OF_RANGE,
      { min: String(from), max: String(to) },
    );
  }
}
