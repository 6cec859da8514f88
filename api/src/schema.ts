import 'reflect-metadata';
// The record kinds first: resolvers and loaders build their SQL from the kinds' declarations as they load.
import { KINDS } from './db/entities';
import { abilityResolvers, RecordAbilitiesResolver } from './common/abilities';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLObjectType, GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { PROJECT_ROOT } from './common/paths';

/** Where a module keeps its resolvers: reads and relation fields, and writes. */
export const RESOLVER_FILE = /\.(resolver|write)\.ts$/;

/**
 * Every resolver the modules declare: each class (or list of classes) exported by a
 * `modules/<concept>/*.resolver.ts` or `*.write.ts` file, so a new kind's resolvers need no
 * registration. The source tree names the files (tsc leaves stale files in dist/); the built
 * server loads their compiled twins.
 */
function moduleResolvers(): Function[] {
  const files = readdirSync(join(PROJECT_ROOT, 'api/src/modules'), { recursive: true, encoding: 'utf8' })
    .filter((file) => RESOLVER_FILE.test(file))
    .sort();
  const loaded = files.map((file) => ({
    file,
    exported: require(join(__dirname, 'modules', file.replace(/\.ts$/, ''))) as Record<string, unknown>,
  }));
  const declared = resolverClasses();
  return loaded.flatMap(({ file, exported }) => {
    const resolvers = Object.values(exported)
      .flatMap((value) => (Array.isArray(value) ? value : [value]))
      .filter((value): value is Function => typeof value === 'function' && declared.has(value));
    if (!resolvers.length) throw new Error(`api/src/modules/${file} exports no resolver class`);
    return resolvers;
  });
}

/**
 * The classes declared with `@Resolver` so far. Jest's test files share type-graphql's storage
 * across their sandboxes, so only classes of this realm (`instanceof Function`) are this run's.
 */
const resolverClasses = () =>
  new Set<Function>(
    getMetadataStorage()
      .resolverClasses.map((metadata) => metadata.target)
      .filter((target) => target instanceof Function),
  );

/**
 * A resolver class the schema leaves out would drop its fields silently (declared in a file of
 * another name, or not exported): refused, as are classes only extended by the listed ones.
 */
function assertEveryResolverListed(resolvers: Function[]): void {
  const covered = new Set<Function>();
  for (const resolver of resolvers)
    for (let type = resolver; type && type !== Function.prototype; type = Object.getPrototypeOf(type))
      covered.add(type);
  const left = [...resolverClasses()].filter((type) => !covered.has(type)).map((type) => type.name);
  if (left.length)
    throw new Error(
      `Resolver classes outside the schema (export them from a modules/<concept>/*.resolver.ts or *.write.ts file): ${left.join(', ')}`,
    );
}

let schema: Promise<GraphQLSchema> | undefined;
let resolvers: Function[] | undefined;

/** Every resolver of the schema: the modules', and the abilities of each kind staff write. */
export function appResolvers(): Function[] {
  if (!resolvers) {
    resolvers = [RecordAbilitiesResolver, ...moduleResolvers(), ...abilityResolvers(KINDS)];
    assertEveryResolverListed(resolvers);
  }
  return resolvers;
}

/** The one schema the server, the tests and `npm run schema` use. Built once per process. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers: appResolvers() as [Function, ...Function[]],
    validate: false,
    emitSchemaFile: false,
  }).then(describeRoot);
  return schema;
}

/** type-graphql cannot describe the root type; the schema is the API's documentation, so it is described here. */
const ROOT_DESCRIPTIONS: Record<string, string> = {
  Query:
    "Public reads of every state's local Open Government exercises: records by id, paginated lists with filters and totals, and computed figures. Signed-in staff also see drafts in their scope.",
  Mutation:
    "Staff writes, each within the account's scope, validated, versioned and recorded in the audit trail; and signing in and out.",
};

function describeRoot(built: GraphQLSchema): GraphQLSchema {
  const config = built.toConfig();
  const described = (type: GraphQLObjectType | null | undefined) =>
    type && new GraphQLObjectType({ ...type.toConfig(), description: ROOT_DESCRIPTIONS[type.name] });
  const query = described(config.query);
  const mutation = described(config.mutation);
  const replaced = new Map([query, mutation].filter((t): t is GraphQLObjectType => Boolean(t)).map((t) => [t.name, t]));
  return new GraphQLSchema({
    ...config,
    query,
    mutation,
    types: config.types.map((type) => replaced.get(type.name) ?? type),
  });
}

/** The schema as SDL, as committed in schema.graphql. */
export async function printAppSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`;
}
