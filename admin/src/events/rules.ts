import { type Errors, type Values, countWithQualifier, datesInOrder } from '../common/validation';

/** An event's dates in order, and its attendance with its qualifier. The server checks the same: the form says so before sending. */
export function eventRules(values: Values, startLabel: string): Errors {
  const errors: Errors = {};
  datesInOrder(values, errors, 'startDate', 'endDate', startLabel);
  countWithQualifier(values, errors, 'attendeeCount', 'attendeeCountQualifier');
  return errors;
}
