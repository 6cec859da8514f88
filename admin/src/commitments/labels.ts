/** A commitment as staff name it: its number, when it has one, and its title. */
export const commitmentLabel = (c: Record<string, unknown>) =>
  c.number != null ? `${String(c.number)}. ${String(c.title ?? '')}` : String(c.title ?? '');
