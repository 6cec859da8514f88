import { type Errors, type Values, datesInOrder, filled, message } from '../common/validation';

/** A milestone's dates in order, and a done milestone's evidence. The server checks the same: the form says so before sending. */
export function milestoneRules(values: Values, startLabel: string): Errors {
  const errors: Errors = {};
  datesInOrder(values, errors, 'startDate', 'dueDate', startLabel);
  // A document of the milestone (uploaded on its page) is evidence too.
  const documents = Array.isArray(values.documents) ? values.documents.length : 0;
  if (
    values.status === 'DONE' &&
    !documents &&
    !filled(values.evidenceUrl) &&
    !filled(String(values.evidenceDescription ?? '').trim())
  )
    errors.evidenceUrl = message('done_needs_evidence');
  return errors;
}
