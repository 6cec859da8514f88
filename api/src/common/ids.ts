import { badInput, InputProblem } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Rejects, with the argument's name, an id that cannot be a record's id (so SQL never sees it). */
export function assertUuid(value: string, field: string): string {
  if (!UUID.test(value))
    throw badInput(field, `must be a record id (a UUID); got "${value.slice(0, 60)}"`, InputProblem.INVALID_FORMAT);
  return value.toLowerCase();
}
