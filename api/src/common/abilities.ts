import DataLoader from 'dataloader';
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
  Root,
  type ClassType,
} from 'type-graphql';
import { badInput } from './errors';
import { assertUuid } from './ids';
import type { Context } from './context';
import type { LoaderFactory } from './loaders';
import { preparedQuery } from './prepared';
import { declaredKinds, type ParentLink, type RecordKind } from './record-kind';
import {
  agencyWrites,
  belongTogether,
  bind,
  evaluatorWrites,
  followedUpBy,
  historyReadableBy,
  linkableBy,
  restorableBy,
  restoresSome,
  reviewableBy,
  writableBy,
  writesSome,
} from './scope';
import type { StaffRole, Viewer } from './viewer';

/**
 * What the viewer may do to a record, answered from the very conditions the writes check
 * (scope.ts), so that clients show the buttons the server would honour and keep no copy of the
 * rules. Every kind with a write scope has it, as `viewerCan`, from its declaration alone.
 */
@ObjectType({
  description:
    'What the viewer may do to this record, decided on the server by the rules its writes are checked with: whether it is allowed, ' +
    'not whether it will succeed (a stale version, a record still pointed at or a bad input are refused as usual). All false for the public.',
})
export class RecordAbilities {
  @Field({ description: 'Whether `update<Kind>` is allowed on it: of every field, or only of `onlyFields`.' })
  update: boolean;

  @Field(() => [String], {
    nullable: true,
    description:
      'The only input fields an update may change (an agency named by an agreement follows it up: status and statusNote); ' +
      'null when an update may change every field or is not allowed.',
  })
  onlyFields: string[] | null;

  @Field({ description: 'Whether `delete<Kind>` is allowed on it (false once deleted).' })
  delete: boolean;

  @Field({
    description:
      'Whether `restore<Kind>` is allowed on it: a deleted record, for the institute of its state and the platform admin.',
  })
  restore: boolean;

  @Field({ description: 'Whether `recordHistory` (its full audit trail) is allowed on it.' })
  history: boolean;

  @Field({
    description: 'Whether the viewer may review it (confirm or dispute its reported status: `reviewMilestone`).',
  })
  review: boolean;

  @Field(() => [recordKindNameEnum()], {
    description:
      'The kinds the viewer may create under this record (naming it as their parent, a milestone of a commitment, ' +
      'or linking to it where the link decides who writes them, a meeting of a commitment), by the rule their writes ' +
      'are checked with, evaluated on a new row that names it. Empty once deleted.',
  })
  create: string[];
}

const NOTHING: RecordAbilities = {
  update: false,
  onlyFields: null,
  delete: false,
  restore: false,
  history: false,
  review: false,
  create: [],
};

interface AbilityRow {
  id: string;
  writable: boolean;
  follows_up: boolean;
  restorable: boolean;
  history: boolean;
  reviewable: boolean;
  /** One per child link (childLinks), in order: whether a row of it naming this record may be created. */
  creatable: boolean[];
}

/**
 * A kind created under another: its table, and how a new row names the parent, by a column of its
 * own (a milestone's `commitment_id`) or by a row of a link table (an event's commitments, in
 * `event_commitment`).
 */
interface ChildLink {
  kind: RecordKind;
  column?: string;
  link?: LinkTable;
  /** Every link table that decides who writes the kind (decidingLinks). */
  deciding: LinkTable[];
}

/** A link table a kind's own write rule reads (an event is kept by the commitments it serves): its columns. */
interface LinkTable {
  table: string;
  /** The column naming the row of the kind. */
  own: string;
  /** The column naming the linked record, and its table. */
  other: ParentLink;
}

/** The link tables whose rows decide who writes a row of `kind` (its rule reads them). */
const decidingLinks = (kind: RecordKind): LinkTable[] => {
  const rule = [
    kind.scope?.commitments?.('c') ?? '',
    agencyWrites(kind.table, 'c'),
    evaluatorWrites(kind.table, 'c'),
  ].join(' ');
  return declaredKinds().flatMap((link) => {
    const [own, other] = link.reach.ownState ? [] : link.reach.parents;
    if (!own || !other || own.table !== kind.table || !new RegExp(`\\b${link.table}\\b`).test(rule)) return [];
    return [{ table: link.table, own: own.column, other }];
  });
};

/**
 * What may be created under a row of `table`: the written kinds with a declared parent link
 * (reach) to it that places them, i.e. that their exercise (or state) is read through, and those
 * whose write rule reads a link table naming it. A link that only names a record (an evaluation's
 * evaluator, a membership's person) decides no scope.
 */
const childLinks = (table: string): ChildLink[] =>
  writtenKinds().flatMap((kind) => {
    const placement = (kind.exercise ?? kind.state)?.('c') ?? '';
    const deciding = decidingLinks(kind);
    const placed = [...kind.reach.parents, ...(kind.reach.anyOf ?? [])]
      .filter((link) => link.table === table && placement.includes(`c.${link.column}`))
      .map((link): ChildLink => ({ kind, column: link.column, deciding }));
    const linked = deciding
      .filter((link) => link.other.table === table)
      .map((link): ChildLink => ({ kind, link, deciding }));
    return [...placed, ...linked];
  });

/** The id of the row a create would write, in the conditions evaluated on it (no record has it). */
const NEW_ROW = '00000000-0000-0000-0000-000000000000';

/**
 * Whether the viewer may create a row of `child` naming the parent row `a`: the parent is alive
 * and one it may name (linkableBy, as the create checks it), and the child's write rule does not
 * fail on the new row as far as the parent decides it. Its other columns are unknown (null): a
 * rule on one of them (the evaluator writes its own kind of recommendation) rules nothing out.
 *
 * A rule that reads the row's links (an agency keeps a meeting by the commitments it serves)
 * reads those the new row would have, in a WITH query named as the link table (which it hides
 * within the statement): the parent itself when the row names it through that link, else every
 * record of the other side the viewer may name that belongs with the row (the most the create
 * could link, which the create then checks one by one).
 */
const creatableUnder = (viewer: Viewer, parent: string, child: ChildLink, params: unknown[]): string => {
  if (viewer.kind !== 'staff' || !writesSome(viewer.role, child.kind.table)) return 'FALSE';
  const { table } = child.kind;
  const columns = [`'id', '${NEW_ROW}'::uuid`, ...(child.column ? [`'${child.column}', a.id`] : [])];
  const links = child.deciding.map(({ table: linkTable, own, other }) =>
    other.table === parent && child.link?.table === linkTable
      ? `"${linkTable}" AS (SELECT c.id AS ${own}, a.id AS ${other.column} FROM c)`
      : `"${linkTable}" AS (SELECT c.id AS ${own}, t.id AS ${other.column} FROM c, "${other.table}" t
          WHERE t.deleted_at IS NULL AND (${bind(linkableBy(viewer, other.table, 't'), params)}) IS TRUE
            AND ${belongTogether(table, 'c', other.table, 't')})`,
  );
  return `(a.deleted_at IS NULL AND (${bind(linkableBy(viewer, parent, 'a'), params)})
    AND EXISTS (WITH c AS (SELECT * FROM jsonb_populate_record(NULL::"${table}", jsonb_build_object(${columns.join(', ')})))${links.map((l) => `, ${l}`).join('')}
      SELECT 1 FROM c WHERE (${bind(writableBy(viewer, table, 'c'), params)}) IS NOT FALSE))`;
};

/**
 * One statement per kind and nesting level: each condition evaluated on the rows asked for,
 * live rows for the writes, deleted ones for restore (as the mutations lock them). A row the
 * viewer may not read may still be one it writes (an agency follows up a draft agreement that
 * names it): the answer tells no more than the mutation would.
 */
const abilitiesOf = (kind: RecordKind): LoaderFactory<string, RecordAbilities> => {
  const known = loaders.get(kind.table);
  if (known) return known;
  const { table } = kind;
  // What may be created under the kind's rows follows from the declarations alone: found once.
  const children = childLinks(table);
  const factory: LoaderFactory<string, RecordAbilities> = (manager, viewer) =>
    new DataLoader(async (ids) => {
      if (viewer.kind !== 'staff') return ids.map(() => NOTHING);
      const params: unknown[] = [ids];
      const followUp = followedUpBy(viewer, table, 'a');
      const creatable = children.map((child) => creatableUnder(viewer, table, child, params));
      // IS TRUE: a condition on a missing link (a national body's state) is unknown, and allows nothing.
      const sql = `SELECT a.id,
          (a.deleted_at IS NULL AND (${bind(writableBy(viewer, table, 'a'), params)})) IS TRUE AS writable,
          (a.deleted_at IS NULL AND (${followUp ? bind(followUp.rows, params) : 'FALSE'})) IS TRUE AS follows_up,
          (a.deleted_at IS NOT NULL AND (${bind(restorableBy(viewer, table, 'a'), params)})) IS TRUE AS restorable,
          (${bind(historyReadableBy(viewer, kind.state, 'a'), params)}) IS TRUE AS history,
          (a.deleted_at IS NULL AND (${bind(reviewableBy(viewer, table, 'a'), params)})) IS TRUE AS reviewable,
          ARRAY[${creatable.map((c) => `${c} IS TRUE`).join(', ') || 'NULL'}]::boolean[] AS creatable
        FROM "${table}" a WHERE a.id = ANY($1::uuid[])`;
      const rows = await preparedQuery<AbilityRow>(manager, sql, params);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id): RecordAbilities => {
        const row = byId.get(id);
        if (!row) return NOTHING;
        const limited = !row.writable && row.follows_up;
        return {
          update: row.writable || limited,
          onlyFields: limited && followUp ? followUp.fields : null,
          delete: row.writable,
          restore: row.restorable,
          history: row.history,
          review: row.reviewable,
          create: [
            ...new Set(children.filter((_c, i) => row.creatable[i]).map((child) => kindName(child.kind))),
          ].sort(),
        };
      });
    });
  loaders.set(table, factory);
  return factory;
};

/** One loader factory per kind, so that the field and the query share a request's loader. */
const loaders = new Map<string, LoaderFactory<string, RecordAbilities>>();

/** Ids one `recordAbilities` call may ask about (a page of a list names fewer). */
export const MAX_ABILITY_IDS = 200;

@Resolver()
export class RecordAbilitiesResolver {
  @Query(() => [RecordAbilities], {
    description:
      `What the viewer may do to each of the given records of one kind, in the order given, deleted ones included (restore): the same as their \`viewerCan\`. ` +
      `Unknown ids get all false. At most ${MAX_ABILITY_IDS} ids.`,
  })
  recordAbilities(
    @Arg('kind', () => recordKindNameEnum(), { description: 'The kind of the records.' }) kind: string,
    @Arg('ids', () => [ID], { description: 'The records.' }) ids: string[],
    @Ctx() ctx: Context,
  ): Promise<RecordAbilities[]> {
    if (ids.length > MAX_ABILITY_IDS)
      throw badInput('ids', `must name at most ${MAX_ABILITY_IDS} records; got ${ids.length}`);
    ids.forEach((id, i) => assertUuid(id, `ids[${i}]`));
    const declared = writtenKinds().find((k) => kindName(k) === kind);
    if (!declared) throw badInput('kind', `is not a kind of record staff write`);
    return ctx.loaders.get(abilitiesOf(declared)).loadMany(ids) as Promise<RecordAbilities[]>;
  }
}

/** The kinds staff write (those with a write scope): each has `viewerCan`, and its name in RecordKindName. */
export const writtenKinds = (kinds: readonly RecordKind[] = declaredKinds()): RecordKind[] =>
  kinds.filter((kind) => kind.scope);

/** A kind's GraphQL type name (its entity's), as in its mutations: `create<Name>`. */
export const kindName = (kind: RecordKind): string => kind.entity.name;

let kindNames: Record<string, string> | undefined;

/** The enum of the kinds staff write, built from the declarations when the schema is. */
export function recordKindNameEnum(): Record<string, string> {
  if (!kindNames) {
    const names = writtenKinds().map(kindName);
    kindNames = Object.fromEntries(names.map((name) => [name, name]));
    registerEnumType(kindNames, {
      valuesConfig: Object.fromEntries(
        names.map((name) => [name, { description: `${name} records: \`create${name}\`, \`update${name}\`…` }]),
      ),
      name: 'RecordKindName',
      description:
        'A kind of record staff write, by its type name (its mutations are `create<Name>`, `update<Name>`…).',
    });
  }
  return kindNames;
}

/** The kinds an account of `role` may create (some rows of, within its scope), by name. */
export const creatableBy = (role: StaffRole): string[] =>
  writtenKinds()
    .filter((kind) => writesSome(role, kind.table))
    .map(kindName)
    .sort();

/** The kinds whose deleted records an account of `role` may restore (some of, within its scope), by name. */
export const restorableKindsOf = (role: StaffRole): string[] =>
  writtenKinds()
    .filter((kind) => restoresSome(role, kind.table))
    .map(kindName)
    .sort();

/** `viewerCan` on the type of every kind in `kinds` that staff write: none is left out, none is written by hand. */
export function abilityResolvers(kinds: readonly RecordKind[]): Function[] {
  // type-graphql reads enums when the schema build starts, before any field's type.
  recordKindNameEnum();
  return writtenKinds(kinds).map((kind) => {
    const loader = abilitiesOf(kind);

    @Resolver(() => kind.entity as ClassType)
    class AbilitiesResolver {
      @FieldResolver(() => RecordAbilities, {
        description: 'What the viewer may do to this record (decided on the server; all false for the public).',
      })
      viewerCan(@Root() record: { id: string }, @Ctx() ctx: Context): Promise<RecordAbilities> {
        return ctx.loaders.get(loader).load(record.id);
      }
    }
    return AbilitiesResolver;
  });
}
