import { type Errors, type Values, filled, message } from '../common/validation';

/** A request names its recipient (or describes it), and no more answered than asked. The server checks the same: the form says so before sending. */
export function requestRules(values: Values): Errors {
  const errors: Errors = {};
  if (!filled(values.recipientId) && !filled(values.recipientDescription))
    errors.recipientId = message('recipient_required');
  if (
    filled(values.respondedCount) &&
    filled(values.recipientCount) &&
    Number(values.respondedCount) > Number(values.recipientCount)
  )
    errors.respondedCount = message('responded_over_count');
  return errors;
}
