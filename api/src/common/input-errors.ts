import { InputProblem } from './errors';

/**
 * What a value GraphQL could not coerce (a variable, before any resolver runs) is about: the input
 * path graphql-js names in its message ("…got invalid value 2.5 at "input.pages"; …") and the
 * reason, from our scalars' own `reason` or graphql-js's wording of its built-in checks. graphql-js
 * 16 gives the path only in the message; these are its fixed sentences (coerceInputValue.ts).
 */
export function describeCoercionError(message: string, originalReason?: unknown): { field: string; reason: InputProblem } | null {
  const variable = /^Variable "\$(\w+)" (?:got invalid value .*?(?: at "([^"]+)")?;|of required type ".*" was not provided\.|of non-null type ".*" must not be null\.)/s.exec(message);
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
