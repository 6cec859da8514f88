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
import { declaredKinds, type RecordKind } from './record-kind';
import { bind, followedUpBy, historyReadableBy, restorableBy, reviewableBy, writableBy, writesSome } from './scope';
import type { StaffRole } from './viewer';

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
}

const NOTHING: RecordAbilities = {
  update: false,
  onlyFields: null,
  delete: false,
  restore: false,
  history: false,
  review: false,
};

interface AbilityRow {
  id: string;
  writable: boolean;
  follows_up: boolean;
  restorable: boolean;
  history: boolean;
  reviewable: boolean;
}

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
  const factory: LoaderFactory<string, RecordAbilities> = (manager, viewer) =>
    new DataLoader(async (ids) => {
      if (viewer.kind !== 'staff') return ids.map(() => NOTHING);
      const params: unknown[] = [ids];
      const followUp = followedUpBy(viewer, table, 'a');
      // IS TRUE: a condition on a missing link (a national body's state) is unknown, and allows nothing.
      const sql = `SELECT a.id,
          (a.deleted_at IS NULL AND (${bind(writableBy(viewer, table, 'a'), params)})) IS TRUE AS writable,
          (a.deleted_at IS NULL AND (${followUp ? bind(followUp.rows, params) : 'FALSE'})) IS TRUE AS follows_up,
          (a.deleted_at IS NOT NULL AND (${bind(restorableBy(viewer, table, 'a'), params)})) IS TRUE AS restorable,
          (${bind(historyReadableBy(viewer, kind.state, 'a'), params)}) IS TRUE AS history,
          (a.deleted_at IS NULL AND (${bind(reviewableBy(viewer, table, 'a'), params)})) IS TRUE AS reviewable
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
