import { type Errors, type Values, filled, message, strictlyAfter } from '../common/validation';

/** A seat is held from a start to a later end, by a person or on behalf of a body. The server checks the same: the form says so before sending. */
export function membershipRules(values: Values, startLabel: string): Errors {
  const errors: Errors = {};
  strictlyAfter(values, errors, 'startDate', 'endDate', startLabel);
  if (!filled(values.personId) && !filled(values.onBehalfOfId)) errors.onBehalfOfId = message('person_or_body');
  return errors;
}
