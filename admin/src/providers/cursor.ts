/**
 * Offset cursors of the API (api/src/common/pagination.ts): the cursor of offset N is
 * base64url("offset:N"). react-admin pages by number, so page P of size S starts after the
 * record at offset (P - 1) × S − 1.
 */
export function offsetCursor(offset: number): string {
  return btoa(`offset:${offset}`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The `after` argument for a page (1-based) of `perPage` records; null for the first page. */
export function afterForPage(page: number, perPage: number): string | null {
  const start = (page - 1) * perPage;
  return start > 0 ? offsetCursor(start - 1) : null;
}

/** The largest page the API serves. */
export const MAX_PAGE = 100;
