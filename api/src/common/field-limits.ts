/**
 * What a field may hold: how long a text may be, in characters, the formats whose length is part
 * of them, and the years a plan may name. The one definition that the GraphQL inputs
 * (class-validator), the spreadsheet and package imports (which write through those inputs), the
 * account service and the admin's form validators use; test/unit/field-limits.test.ts holds the
 * admin's forms to it. Pure, so the admin bundles it. The database columns are `text`: these are
 * the only limits.
 */

/** A name, a title, a place, a short description. */
export const SHORT_TEXT = 500;
/** A description, an objective, the text of an agreement or a recommendation. */
export const LONG_TEXT = 20000;
/** The section or sentence of the source a record comes from. */
export const SOURCE_NOTE = 2000;
/** A link (evidence of a milestone). */
export const URL_TEXT = 2000;
/** A commitment's title, which states what is promised and runs longer than a name. */
export const COMMITMENT_TITLE = 2 * SHORT_TEXT;
/** An organisation's or a secretariat's abbreviation ("ICAI", "STL"). */
export const ABBREVIATION = 50;
/** An honorific such as "Lic." or "Mtra.". */
export const HONORIFIC = 30;
/** A file name as shown on download (the common file-system limit). */
export const FILE_NAME = 255;
/** The characters a file name may have: printable ones, and no path. */
export const FILE_NAME_CHARACTERS = /^[^/\\\u0000-\u001f]+$/;
/** A staff account's name as other staff see it. */
export const DISPLAY_NAME = SHORT_TEXT;
/** An e-mail address (the longest path SMTP carries). */
export const EMAIL = 254;
/** A staff account's password: long enough to resist guessing, short enough to hash at once. */
export const PASSWORD = { min: 12, max: 256 };
/** A reviewer's comment on a milestone. */
export const REVIEW_COMMENT = 4000;

/** A slug in addresses ("coahuila-2015-2017"): lowercase letters, digits and hyphens, up to 100. */
export const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;
/** A code ("PARTICIPATION_1"): upper-case letters, digits and underscores, up to 50. */
export const CODE = /^[A-Z][A-Z0-9_]{0,49}$/;

/** The years an action plan may start and end in: a typed 20016 or 216 is a mistake. */
export const PLAN_YEARS = { min: 2000, max: 2100 };
