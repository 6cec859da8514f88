import { type Errors, type Values, filled, message } from '../common/validation';

/** A plan ends no earlier than it starts. The server checks the same: the form says so before sending. */
export function planRules(values: Values): Errors {
  const errors: Errors = {};
  if (filled(values.startYear) && filled(values.endYear) && Number(values.endYear) < Number(values.startYear))
    errors.endYear = message('end_year_before');
  return errors;
}
