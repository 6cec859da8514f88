/**
 * Text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, a tab or a CR first: CSV
 * injection, per OWASP). Shared by the open-data CSVs and the back-office's export.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Such text gets a leading apostrophe, which spreadsheets show as text and never evaluate. */
export const neutraliseFormula = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);
