/**
 * The `meta` of every record page's getOne (show and edit) and of its update.
 *
 * react-admin seeds its getOne cache with the rows of a list (getList, getManyReference) under the
 * list's own meta. Our list operations select a row's columns, not the whole record, so a record
 * page opened from its list rendered a row as if it were the record and crashed on the fields the
 * row does not have. Under this key only getOne and update write, which return whole records.
 */
export const RECORD_META = { selection: 'record' } as const;
export const recordQuery = { meta: RECORD_META };
