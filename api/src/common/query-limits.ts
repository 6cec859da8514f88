import type { ApolloServerPlugin } from '@apollo/server';
import {
  defaultFieldResolver,
  GraphQLError,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE } from './pagination';

/**
 * What one request may cost, so that no request can exhaust the server:
 *
 * - `cost`, checked before anything runs: the number of values the operation would resolve,
 *   counting each field once per object it is resolved for. A paginated list counts the page
 *   size asked (`first`/`last`, default 20); a nested list without pagination counts
 *   `nestedListSize`, an estimate; and a list field met again below itself (a back-reference
 *   cycle such as `State.municipalities → Municipality.state → State.municipalities`) counts the
 *   largest page, MAX_PAGE_SIZE, at every turn, so cycles are refused before any SQL.
 * - `resolvedFields` and `executionMs`, enforced while it runs: the estimate can be wrong (a
 *   nested list longer than assumed), these cannot. Past either, the request stops resolving and
 *   answers only the limit's error.
 *
 * Each refusal has the code QUERY_LIMIT_EXCEEDED, `extensions.limit` naming the limit and
 * `extensions.max` its value.
 */
export interface QueryLimits {
  cost: number;
  nestedListSize: number;
  resolvedFields: number;
  executionMs: number;
  depth: number;
  aliases: number;
  directives: number;
  tokens: number;
}

export const QUERY_LIMITS: Readonly<QueryLimits> = {
  cost: 100_000,
  nestedListSize: 3,
  resolvedFields: 200_000,
  executionMs: 10_000,
  depth: 15,
  aliases: 15,
  directives: 20,
  tokens: 2000,
};

export const QUERY_LIMIT_EXCEEDED = 'QUERY_LIMIT_EXCEEDED';

export type QueryLimit = keyof QueryLimits;

const DESCRIPTIONS: Record<QueryLimit, string> = {
  cost: 'cost (values the query would resolve; lists count their page size)',
  nestedListSize: 'nested list size',
  resolvedFields: 'resolved fields per request',
  executionMs: 'execution time in milliseconds',
  depth: 'depth',
  aliases: 'aliases',
  directives: 'directives',
  tokens: 'lexical tokens in the document',
};

export function queryLimitError(limit: QueryLimit, found?: number, limits: QueryLimits = QUERY_LIMITS): GraphQLError {
  const max = limits[limit];
  const over = found === undefined ? '' : `: this one is ${Math.round(found).toLocaleString('en-US')}`;
  return new GraphQLError(`Over the query limit of ${max.toLocaleString('en-US')} for ${DESCRIPTIONS[limit]}${over}`, {
    extensions: { code: QUERY_LIMIT_EXCEEDED, limit, max, http: { status: 400 } },
  });
}

/** A page size as the resolver will take it; one it will refuse (out of range) costs nothing here, so its own error answers. */
function pageSizeArgument(field: FieldNode, variables: Record<string, unknown>): number | undefined {
  let size: number | undefined;
  for (const argument of field.arguments ?? []) {
    if (argument.name.value !== 'first' && argument.name.value !== 'last') continue;
    const value = argument.value;
    const raw =
      value.kind === Kind.INT
        ? Number(value.value)
        : value.kind === Kind.VARIABLE
          ? variables[value.name.value]
          : undefined;
    if (typeof raw !== 'number') continue;
    size = Number.isInteger(raw) && raw >= 0 && raw <= MAX_PAGE_SIZE ? raw : 0;
  }
  return size;
}

const isConnection = (field: GraphQLField<unknown, unknown>) => field.args.some((a) => a.name === 'first');

/**
 * The number of values `document`'s operation would resolve at most (see QUERY_LIMITS), from the
 * schema's types: fragments are expanded where they are spread.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string | null,
  nestedListSize = QUERY_LIMITS.nestedListSize,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    else if (
      definition.kind === Kind.OPERATION_DEFINITION &&
      (!operationName || definition.name?.value === operationName)
    )
      operation ??= definition;
  }
  if (!operation) return 0;
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return 0;

  const fieldOf = (type: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined => {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
    return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
  };

  /**
   * Cost of `selections` on `type`, resolved `times` times; `pageSize` is what a parent connection
   * asked for; `path` holds the list fields above (`Type.field`), to see a cycle.
   */
  const cost = (
    selections: SelectionSetNode,
    type: GraphQLNamedType,
    times: number,
    pageSize: number | undefined,
    seen: Set<string>,
    path: ReadonlySet<string>,
  ): number => {
    let total = 0;
    for (const selection of selections.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) ?? type) : type;
        total += cost(selection.selectionSet, on, times, pageSize, seen, path);
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        const on = schema.getType(fragment.typeCondition.name.value) ?? type;
        total += cost(fragment.selectionSet, on, times, pageSize, new Set([...seen, fragment.name.value]), path);
      } else {
        total += times;
        const field = fieldOf(type, selection.name.value);
        if (!field || !selection.selectionSet) continue;
        const key = `${type.name}.${field.name}`;
        const list = isListType(getNullableType(field.type));
        const size = pageSize ?? (path.has(key) ? MAX_PAGE_SIZE : nestedListSize);
        const each = list ? times * size : times;
        const childPage = isConnection(field)
          ? (pageSizeArgument(selection, variables) ?? DEFAULT_PAGE_SIZE)
          : undefined;
        total += cost(
          selection.selectionSet,
          getNamedType(field.type),
          each,
          childPage,
          seen,
          list ? new Set([...path, key]) : path,
        );
      }
    }
    return total;
  };
  return cost(operation.selectionSet, root, 1, undefined, new Set(), new Set());
}

/**
 * graphql-armor's shape limits (depth, aliases, directives), reporting their refusals with this
 * module's code and message instead of armor's "Syntax Error: …".
 */
const armorLimit = (limit: 'depth' | 'aliases' | 'directives') => ({
  n: QUERY_LIMITS[limit],
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) => {
      const found = /found (\d+)/.exec(error.message);
      context?.reportError(queryLimitError(limit, found ? Number(found[1]) : undefined));
    },
  ],
});

export const ARMOR_LIMITS = {
  maxDepth: { ...armorLimit('depth'), ignoreIntrospection: true },
  maxAliases: armorLimit('aliases'),
  maxDirectives: armorLimit('directives'),
  // Counted by the parser itself (parseOptions in app.ts); limitOfParseError names its refusal.
  maxTokens: { enabled: false },
  // Replaced by operationCost, which counts list sizes.
  costLimit: { enabled: false },
  // Field names are never suggested: formatError drops GraphQL's "Did you mean …?" whole.
  blockFieldSuggestion: { enabled: false },
};

/**
 * The parser's refusal of a document over `tokens` ("Syntax Error: Document contains more that
 * 2000 tokens…", graphql-js's fixed wording) as this module's limit error; null for any other
 * parse error.
 */
export function limitOfParseError(message: string): GraphQLError | null {
  return /^Syntax Error: Document contains more tha[nt] \d+ tokens/.test(message) ? queryLimitError('tokens') : null;
}

/** What a request has spent of its limits while it runs. */
class Budget {
  private resolved = 0;
  private readonly started = Date.now();
  exceeded: GraphQLError | null = null;

  constructor(private readonly limits: QueryLimits) {}

  /** Counts one more field; the limit's error once over either limit. */
  spend(): GraphQLError | null {
    if (this.exceeded) return this.exceeded;
    this.resolved += 1;
    if (this.resolved > this.limits.resolvedFields)
      this.exceeded = queryLimitError('resolvedFields', undefined, this.limits);
    // The clock is read every 1,024 fields: cheap, and fine-grained enough for a limit in seconds.
    else if ((this.resolved & 1023) === 0 && Date.now() - this.started > this.limits.executionMs)
      this.exceeded = queryLimitError('executionMs', undefined, this.limits);
    return this.exceeded;
  }
}

const budgets = new WeakMap<object, Budget>();
const limitedFields = new WeakSet<object>();

/**
 * Makes every field of the schema, introspection's included, spend from its request's budget
 * (requests without one, such as direct executions in tests, are not limited). Past the limit a
 * field answers a rejected promise, never a synchronous throw: graphql-js then settles every
 * sibling it started, so no rejection is left unhandled (which would end the process).
 */
function limitResolvers(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      // Introspection's types are shared by every schema in the process: wrap each field once.
      if (limitedFields.has(field)) continue;
      limitedFields.add(field);
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const over = budgets.get(context)?.spend();
        return over ? Promise.reject(over) : resolve(source, args, context, info);
      };
    }
  }
}

/**
 * Refuses an operation over `cost` before it runs, and stops one that resolves more than
 * `resolvedFields` values or runs longer than `executionMs`: once over, every further field
 * fails at once and the answer is the limit's error alone (no partial data to build or send).
 */
export function queryLimitsPlugin(limits: QueryLimits = QUERY_LIMITS): ApolloServerPlugin<object> {
  return {
    async serverWillStart({ schema }) {
      limitResolvers(schema);
    },
    async requestDidStart({ contextValue }) {
      const budget = new Budget(limits);
      budgets.set(contextValue, budget);
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          const found = operationCost(schema, document, request.variables ?? {}, operationName, limits.nestedListSize);
          if (found > limits.cost) throw queryLimitError('cost', found, limits);
        },
        async willSendResponse({ response }) {
          if (!budget.exceeded || response.body.kind !== 'single') return;
          const { http: _http, ...extensions } = budget.exceeded.extensions;
          response.body.singleResult = { data: null, errors: [{ message: budget.exceeded.message, extensions }] };
          response.http.status = 400;
        },
      };
    },
  };
}
