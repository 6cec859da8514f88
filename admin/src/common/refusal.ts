import type { TranslateFunction } from 'react-admin';
import { apiErrorOf } from '../providers/graphql';

/** The key a wrapped react-admin message carries (`@@react-admin@@{"message":"tablero.server.X"}`). */
const messageKey = (wrapped: string) => {
  try {
    return (JSON.parse(wrapped.replace(/^@@react-admin@@/, '')) as { message: string }).message;
  } catch {
    return wrapped;
  }
};

/**
 * Why the server refused a write to one record of `resource`, in the user's language: a restore
 * under a deleted record names that record's field; a refused field names the field and why;
 * otherwise the code's own sentence. For pages that act on several records and report each.
 */
export function refusalMessage(translate: TranslateFunction, resource: string, error: unknown): string {
  const body = apiErrorOf(error);
  if (!body) return translate('tablero.errors.INTERNAL_SERVER_ERROR');
  if (body.reason === 'PARENT_DELETED') {
    const field = body.parentField
      ? translate(`resources.${resource}.fields.${body.parentField}`, { _: body.parentField })
      : '';
    return translate('tablero.trash.parent_deleted', { field });
  }
  const [fieldAtFault] = Object.entries(body.errors ?? {});
  if (fieldAtFault) {
    const [field, reason] = fieldAtFault;
    return `${translate(`resources.${resource}.fields.${field}`, { _: field })}: ${translate(messageKey(reason))}`;
  }
  return translate(`tablero.errors.${body.code}`);
}
