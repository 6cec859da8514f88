import { type Errors, type Values, countWithQualifier } from '../common/validation';

/** A delivery's pages and their qualifier: both or neither. The server checks the same: the form says so before sending. */
export function deliveryRules(values: Values): Errors {
  const errors: Errors = {};
  countWithQualifier(values, errors, 'pages', 'pagesQualifier');
  return errors;
}
