import { GraphQLError, Kind, parse, visit, type ValueNode } from 'graphql';
import { InputProblem } from './errors';

/**
 * What a value GraphQL could not coerce (a variable, before any resolver runs) is about: the input
 * path graphql-js names in its message ("…got invalid value 2.5 at "input.pages"; …") and the
 * reason, from our scalars' own `reason` or graphql-js's wording of its built-in checks. graphql-js
 * 16 gives the path only in the message; these are its fixed sentences (coerceInputValue.ts).
 */
export function describeCoercionError(
  message: string,
  originalReason?: unknown,
): { field: string; reason: InputProblem } | null {
  const variable =
    /^Variable "\$(\w+)" (?:got invalid value .*?(?: at "([^"]+)")?;|of required type ".*" was not provided\.|of non-null type ".*" must not be null\.)/s.exec(
      message,
    );
  if (!variable) return null;
  let field = variable[2] ?? variable[1];
  const missing = /Field "(\w+)" of required type ".*" was not provided\.$/.exec(message);
  if (missing) field = `${field}.${missing[1]}`;
  const reason =
    typeof originalReason === 'string' && originalReason in InputProblem
      ? (originalReason as InputProblem)
      : missing || / was not provided\.$| must not be null\.$|Expected non-nullable type/.test(message)
        ? InputProblem.REQUIRED
        : /Int cannot represent non-integer value/.test(message)
          ? InputProblem.NOT_INTEGER
          : /Int cannot represent non 32-bit signed integer value/.test(message)
            ? InputProblem.TOO_LARGE
            : /(Int|Float) cannot represent/.test(message)
              ? InputProblem.NOT_A_NUMBER
              : /does not exist in ".*" enum|Enum ".*" cannot represent/.test(message)
                ? InputProblem.INVALID_CHOICE
                : InputProblem.INVALID;
  return { field, reason };
}

/** The input path below `path` ("filter.kinds[0]") of the value in `value` that holds `offset`. */
function pathInValue(value: ValueNode, path: string, offset: number): string {
  if (value.kind === Kind.OBJECT) {
    const field = value.fields.find((f) => f.loc && f.loc.start <= offset && offset < f.loc.end);
    if (field) return pathInValue(field.value, `${path}.${field.name.value}`, offset);
  }
  if (value.kind === Kind.LIST) {
    const index = value.values.findIndex((v) => v.loc && v.loc.start <= offset && offset < v.loc.end);
    if (index >= 0) return pathInValue(value.values[index], `${path}[${index}]`, offset);
  }
  return path;
}

/**
 * The input path ("filter.dateFrom", "kinds[0]", "first") of a value written in the document that
 * GraphQL refused (a malformed Date, 2.5 as an Int, an unknown enum value or input field): the
 * argument, input field and list position the error's first node sits in; null when it sits in no
 * argument (the error is not about a written value).
 */
export function literalField(error: unknown): string | null {
  const node = error instanceof GraphQLError ? error.nodes?.[0] : undefined;
  if (!node?.loc) return null;
  const offset = node.loc.start;
  let field: string | null = null;
  visit(parse(node.loc.source), {
    Argument(argument) {
      if (argument.loc && argument.loc.start <= offset && offset < argument.loc.end)
        field = pathInValue(argument.value, argument.name.value, offset);
    },
  });
  return field;
}
