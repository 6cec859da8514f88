import { type Errors, type Values, filled, message } from '../common/validation';

/** Only a proactive commitment has an activation condition. The server checks the same: the form says so before sending. */
export function commitmentRules(values: Values): Errors {
  const errors: Errors = {};
  if (filled(values.activationCondition) && !values.isProactive) errors.activationCondition = message('proactive_only');
  return errors;
}
