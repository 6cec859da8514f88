import { type Errors, type Values, filled, message } from '../common/validation';

/** An agreement was taken at a session or at an event, exactly one. The server checks the same: the form says so before sending. */
export function agreementRules(values: Values): Errors {
  const errors: Errors = {};
  if (filled(values.sessionId) === filled(values.eventId)) errors.sessionId = message('one_place');
  return errors;
}
