/**
 * Form values to write inputs. The form starts from the record's values, read per input field
 * (each resource's data spec, in its resource.ts); what is sent back is the input fields only.
 */

/** How each field of a write input is read off a record (the form starts from these values). */
export type InputFields<Input, Rec> = { [K in keyof Input]-?: (record: Rec) => Input[K] | undefined };

/** Keeps the input fields the form holds: '' becomes null (cleared), undefined is left out. */
export function pickInput<Input>(fields: InputFields<Input, never>, values: Record<string, unknown>): Partial<Input> {
  const input: Record<string, unknown> = {};
  for (const key of Object.keys(fields)) {
    const value = values[key];
    if (value === undefined) continue;
    input[key] = value === '' ? null : value;
  }
  return input as Partial<Input>;
}

/** Only what changed (fields left out stay as they are on the server): fewer conflicts, and an agency following up an agreement sends only the follow-up. */
export function changedInput<Input>(
  fields: InputFields<Input, never>,
  values: Record<string, unknown>,
  previous: Record<string, unknown>,
): Partial<Input> {
  const after = pickInput(fields, values) as Record<string, unknown>;
  const before = pickInput(fields, previous) as Record<string, unknown>;
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after))
    if (JSON.stringify(value ?? null) !== JSON.stringify(before[key] ?? null)) changed[key] = value;
  return changed as Partial<Input>;
}
