import { InputProblem } from './errors';
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { partialDateProblem } from './partial-date';

/** `node`: the literal, when the value was written in the document (the error then says where, and formatError names its field). */
function parsePartialDate(value: unknown, node?: ValueNode): string {
  if (typeof value !== 'string') {
    throw new GraphQLError('PartialDate must be a string such as "2017", "2017-02" or "2017-02-15"', {
      nodes: node,
      extensions: { code: 'BAD_USER_INPUT', reason: InputProblem.INVALID_PARTIAL_DATE },
    });
  }
  const problem = partialDateProblem(value);
  if (problem)
    throw new GraphQLError(`"${value}" is not a PartialDate: ${problem}`, {
      nodes: node,
      extensions: { code: 'BAD_USER_INPUT', reason: InputProblem.INVALID_PARTIAL_DATE },
    });
  return value;
}

export const PartialDateScalar = new GraphQLScalarType({
  name: 'PartialDate',
  description:
    'A calendar date at the precision the source gives: "2017" (year), "2017-02" (month) or "2017-02-15" (day). ' +
    'ISO 8601 reduced precision, as Popolo recommends: a month is never turned into its first day.',
  specifiedByURL: 'https://www.popoloproject.com/specs/#date-and-time-formats',
  serialize: (value) => value,
  parseValue: (value) => parsePartialDate(value),
  parseLiteral: (ast) => parsePartialDate(ast.kind === Kind.STRING ? ast.value : undefined, ast),
});

function parseDate(value: unknown, node?: ValueNode): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || partialDateProblem(value)) {
    throw new GraphQLError(`Date must be a full date "YYYY-MM-DD"; got ${JSON.stringify(value)}`, {
      nodes: node,
      extensions: { code: 'BAD_USER_INPUT', reason: InputProblem.INVALID_DATE },
    });
  }
  return value;
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A full calendar date, "YYYY-MM-DD" (RFC 3339 full-date), with no time and no time zone.',
  specifiedByURL: 'https://datatracker.ietf.org/doc/html/rfc3339#section-5.6',
  serialize: (value) => value,
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined, ast),
});
