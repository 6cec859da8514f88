/** An organisation as staff pick it: its abbreviation, when it has one, and its name. */
export const orgText = (o: Record<string, unknown>) =>
  o.abbreviation ? `${String(o.abbreviation)} — ${String(o.name)}` : String(o.name ?? '');
