import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { declaredKinds, kindOfTable } from '../../api/src/common/record-kind';
import type { LinkSet } from '../../api/src/common/record-writer';
import { appResolvers, buildAppSchema } from '../../api/src/schema';
import { seedId } from '../../api/src/seed/upsert';
import { ROLES, twoStates, unique, type Builder, type Role, type Scope, type TwoStates } from '../support/two-states';
import { storeDocumentFile, WRITE_FIXTURES } from '../support/write-fixtures';

/**
 * The write attack surface, generated from the schema: every mutation, every ID or [ID] argument
 * and input field (input objects walked recursively), as every role, with a foreign id put into
 * an otherwise valid input — another state's record of the right kind, another agency's, a draft
 * out of reach, a deleted one. Each case runs in a transaction rolled back afterwards.
 *
 * What must happen is derived from the written rule (README, "Staff accounts and writes"), here
 * as a model over what the fixture knows of each record (its state, exercise, commitments,
 * draft, deleted), not from the code under test:
 *
 *   a write is allowed when the viewer may write the kind of record in the row's scope as it was
 *   and as it will stand, every record the input names is alive and within the viewer's reach,
 *   and every record the row names belongs to the row's exercise (or, for records of no
 *   exercise, its state; national bodies go with any state).
 *
 * A refused write must answer FORBIDDEN, BAD_USER_INPUT (naming the field), NOT_FOUND or
 * CONFLICT (UNAUTHENTICATED for the public), and leave the tables it may touch (the record's, its
 * link tables) and the audit trail as they were. An allowed one must succeed with its audit row.
 */

type Kind = string;

/** What the fixture knows of a record. */
interface Tag {
  kind: Kind;
  state: string | null;
  exercise: string | null;
  /** The commitments the record serves (a commitment serves itself). */
  commitments: string[];
  draft: boolean;
  deleted: boolean;
}

/** The parent fields of a document, of which its input names exactly one. */
const DOCUMENT_PARENT_FIELDS = [
  'sessionId',
  'eventId',
  'milestoneId',
  'informationDeliveryId',
  'evaluationId',
  'exerciseId',
];

/** Source documents any staff writer may name, whatever its scope: there is nothing foreign to put there. */
const SOURCE_FIELD = /^\w+Input\.sourceDocumentId$/;
/** Mutations with no ID argument to attack (checked). */
const WITHOUT_IDS = new Set(['signIn', 'signOut', 'changePassword', 'setPasswordWithLink']);
/** Account and review mutations: attacked by the last test, with their own rule. */
const SPECIAL = new Set([
  'createStaffAccount',
  'inviteStaffAccount',
  'updateStaffAccount',
  'setStaffAccountDisabled',
  'sendPasswordLink',
  'reviewMilestone',
]);
/**
 * Commitment-hanging kinds, of which another agency's record exists: those the fixture's agencies
 * write, so that a new one gets its "another agency's record" cases the day its fixture is written.
 */
const AGENCY_KINDS = new Set(
  Object.entries(WRITE_FIXTURES)
    .filter(([, fixture]) => fixture.writers.includes('agency'))
    .map(([kind]) => kind),
);
const INSTITUTE_ONLY = new Set([
  'Session',
  'SessionAttendance',
  'Secretariat',
  'Post',
  'Membership',
  'ActionPlan',
  'Evaluation',
  'EvaluationCriterion',
  'EvaluationScore',
  'Recommendation',
]);

type Variant = 'otherState' | 'otherAgency' | 'draft' | 'deleted';

describe('write attacks generated from the schema', () => {
  let world: TwoStates;
  let schema: GraphQLSchema;
  const tags = new Map<string, Tag>();
  /** The kind of record each ID input field names (`EventInput.venueId` → `Venue`), from the declarations. */
  const targets = new Map<string, Kind>();
  let coahuila: string;
  let other: string;
  /** Responsible organisation of each commitment the fixture names. */
  const responsible = new Map<string, string>();
  const organizationOf: Partial<Record<Role, string>> = {
    agency: seedId('organization:dipetre'),
    otherAgency: seedId('organization:conagua'),
  };

  const targetOf = (owner: string): Kind => {
    const target = targets.get(owner);
    if (!target) throw new Error(`no declaration says which kind of record ${owner} names`);
    return target;
  };

  /**
   * Which kind each ID field of the mutations' inputs names, read from what declares it rather
   * than listed here: an input `<Kind>…Input` holds a row of the kind; a field its write spec
   * links through a link table names the kind of that table's other parent (its `reach`), any
   * other field the kind its entity's foreign key on that column refers to. A field neither
   * explains stays unknown, and the first test names it.
   */
  function nameTargets(dataSource: DataSource): void {
    const links = new Map<string, LinkSet[]>();
    for (const resolver of appResolvers() as { writePath?: { spec: { name: string; links?: LinkSet[] } } }[])
      if (resolver.writePath) links.set(resolver.writePath.spec.name, resolver.writePath.spec.links ?? []);
    const entities = declaredKinds()
      .map((kind) => kind.entity)
      .sort((a, b) => b.name.length - a.name.length);
    for (const mutation of mutations())
      for (const { owner } of idPaths(mutation)) {
        if (SOURCE_FIELD.test(owner)) continue;
        const [type, field] = owner.split('.');
        const entity = entities.find((candidate) => type.startsWith(candidate.name) && type.endsWith('Input'));
        if (!entity) continue;
        const link = links.get(entity.name)?.find((set) => set.field === field);
        if (link) {
          const parent = kindOfTable(link.table).reach.parents.find((p) => p.column === link.targetColumn);
          if (parent) targets.set(owner, kindOfTable(parent.table).entity.name);
          continue;
        }
        const metadata = dataSource.getMetadata(entity);
        const column = metadata.findColumnWithPropertyName(field);
        const relation = metadata.relations.find((r) =>
          r.joinColumns.some((joined) => joined.databaseName === column?.databaseName),
        );
        if (column && relation) targets.set(owner, (relation.inverseEntityMetadata.target as Function).name);
      }
  }

  const tag = (id: string): Tag => {
    const found = tags.get(id);
    if (!found) throw new Error(`the fixture has no tag for ${id}`);
    return found;
  };

  /** A new row's scope, from the records its input names. */
  function rowTag(kind: Kind, input: Record<string, unknown>, self: string): Tag {
    const anchor = input[WRITE_FIXTURES[kind].anchor] as string;
    const a = tag(anchor);
    const state = a.kind === 'State' ? anchor : a.state;
    const exercise =
      kind === 'Exercise' ? self : ['Region', 'Venue', 'Organization', 'Person'].includes(kind) ? null : a.exercise;
    const commitments =
      kind === 'Event'
        ? ((input.commitmentIds as string[] | undefined) ?? []).flatMap((c) => tag(c).commitments)
        : kind === 'Commitment'
          ? [self]
          : a.commitments;
    return { kind, state, exercise, commitments, draft: input.publication === 'DRAFT', deleted: false };
  }

  /** Whether the role writes the kind (the fixture's writers) of a row in that scope. */
  const mayWrite = (role: Role, kind: Kind, row: Tag): boolean => {
    const writes = (as: Role) => WRITE_FIXTURES[kind]?.writers.includes(as) ?? false;
    switch (role) {
      case 'platform':
      case 'evaluator':
        return writes(role);
      case 'institute':
        return writes('institute') && row.state === coahuila;
      case 'otherInstitute':
        return writes('institute') && row.state === other;
      case 'agency':
      case 'otherAgency':
        return (
          writes('agency') &&
          row.state === coahuila &&
          row.commitments.length > 0 &&
          row.commitments.every((c) => responsible.get(c) === organizationOf[role])
        );
      default:
        return false;
    }
  };

  const linkable = (role: Role, t: Tag): boolean => {
    switch (role) {
      case 'platform':
      case 'evaluator':
        return true;
      case 'institute':
        return t.state === null || t.state === coahuila;
      case 'otherInstitute':
        return t.state === null || t.state === other;
      case 'agency':
      case 'otherAgency':
        if (t.kind === 'Commitment')
          return t.state === coahuila && t.commitments.every((c) => responsible.get(c) === organizationOf[role]);
        if (AGENCY_KINDS.has(t.kind)) return mayWrite(role, t.kind, t);
        if (INSTITUTE_ONLY.has(t.kind)) return false;
        return (t.state === null || t.state === coahuila) && !t.draft;
      default:
        return false;
    }
  };

  const together = (row: Tag, t: Tag) =>
    row.exercise && t.exercise
      ? row.exercise === t.exercise
      : t.state === null || row.state === null || t.state === row.state;

  /** Rules of the model that hold for every role. */
  const modelAllows = (kind: Kind, row: Tag, input: Record<string, unknown>) => {
    if (kind === 'Agreement' && (input.sessionId == null) === (input.eventId == null)) return false;
    if (kind === 'Document' && DOCUMENT_PARENT_FIELDS.filter((field) => input[field] != null).length !== 1)
      return false;
    if (kind === 'InformationDelivery') {
      if (input.requestId && tag(input.requestId as string).commitments[0] !== row.commitments[0]) return false;
      if (input.deliveredById && responsible.get(row.commitments[0]) !== input.deliveredById) return false;
    }
    return true;
  };

  const idsIn = (input: Record<string, unknown>, kind: Kind) =>
    Object.entries(input).flatMap(([field, value]) =>
      targets.has(`${kind}Input.${field}`)
        ? (Array.isArray(value) ? value : [value]).filter(Boolean).map((id) => ({ field, id: id as string }))
        : [],
    );

  /** The written rule, for a create or an update of `kind` whose input is `input` (the row's fields as they will stand) and names `named`. */
  function expectAllowed(
    role: Role,
    kind: Kind,
    input: Record<string, unknown>,
    named: Set<string>,
    before: Tag | null,
    self: string,
  ): boolean {
    if (role === 'public' || role === 'follower') return false;
    const row = rowTag(kind, input, self);
    if (before && !mayWrite(role, kind, before)) return false;
    if (!mayWrite(role, kind, row) || !modelAllows(kind, row, input)) return false;
    return idsIn(input, kind).every(({ field, id }) => {
      const t = tag(id);
      if (named.has(field) && (t.deleted || !linkable(role, t))) return false;
      return together(row, t);
    });
  }

  // The fixture's records, built as the platform admin and tagged from their inputs.
  const inputs = new Map<string, Record<string, unknown>>();
  let buildAs: (manager?: EntityManager) => Builder;
  const foreign = new Map<string, string>();

  async function foreignRecord(kind: Kind, variant: Variant): Promise<string | null> {
    const key = `${kind}:${variant}`;
    if (foreign.has(key)) return foreign.get(key) as string;
    let id: string | null = null;
    const build = buildAs();
    if (kind === 'State') id = variant === 'otherState' ? world.other.state : null;
    else if (kind === 'Municipality') id = variant === 'otherState' ? world.other.municipality : null;
    else if (WRITE_FIXTURES[kind]) {
      const agencyKind = AGENCY_KINDS.has(kind) || kind === 'Commitment' || kind === 'EvaluationScore';
      // Another agency's or state's commitment is one with a responsible agency of its own.
      const owned = (s: Scope) =>
        kind === 'Commitment'
          ? { responsibleAgencyIds: [s === world.other ? world.other.organization : seedId('organization:conagua')] }
          : {};
      const make = async (s: Scope, extra: Record<string, unknown> = {}) => {
        const made = await build(kind, { ...(await WRITE_FIXTURES[kind].input(s, build)), ...owned(s), ...extra });
        if (kind === 'Commitment') responsible.set(made, (owned(s).responsibleAgencyIds as string[])[0]);
        return made;
      };
      if (variant === 'otherState') id = await make(world.other);
      if (variant === 'otherAgency') id = agencyKind ? await make(world.theirs) : null;
      // A draft another agency keeps; for the institute's kinds, a draft of our own state (within the institute's reach, not an agency's).
      if (variant === 'draft') id = await make(agencyKind ? world.theirs : world.ours, { publication: 'DRAFT' });
      if (variant === 'deleted') {
        id = await build(kind, await WRITE_FIXTURES[kind].input(world.ours, build));
        await world.api.data(
          `mutation($id: ID!) { delete${kind}(id: $id, version: 1) { id } }`,
          { id },
          world.viewers.platform,
        );
        tag(id).deleted = true;
      }
    }
    if (id) foreign.set(key, id);
    return id;
  }

  beforeAll(async () => {
    world = await twoStates('write_attacks');
    schema = await buildAppSchema();
    nameTargets(world.database.dataSource);
    await storeDocumentFile(world.database.dataSource.manager);
    coahuila = world.ours.state;
    other = world.other.state;
    const { ours, theirs } = world;
    responsible.set(ours.commitment, seedId('organization:dipetre'));
    responsible.set(theirs.commitment, seedId('organization:conagua'));
    responsible.set(world.other.commitment, world.other.organization);
    // Tag the sides' records.
    for (const [side, s] of [
      ['ours', ours],
      ['theirs', theirs],
      ['other', world.other],
    ] as const) {
      const ex = s.exercise;
      const base = { state: s.state, draft: false, deleted: false };
      const set = (id: string, kind: Kind, exercise: string | null, commitments: string[] = []) =>
        tags.set(id, { kind, exercise, commitments, ...base });
      set(s.state, 'State', null);
      set(s.exercise, 'Exercise', ex);
      set(s.bareExercise, 'Exercise', s.bareExercise);
      set(s.plan, 'ActionPlan', ex);
      set(s.commitment, 'Commitment', ex, [s.commitment]);
      set(s.secretariat, 'Secretariat', ex);
      set(s.session, 'Session', ex);
      set(s.meeting, 'Event', ex, [s.commitment]);
      set(s.request, 'InformationRequest', ex, [s.commitment]);
      for (const id of [s.evaluation]) set(id, 'Evaluation', ex);
      for (const id of [s.criterion, s.freeCriterion]) set(id, 'EvaluationCriterion', ex);
      set(s.post, 'Post', ex);
      set(s.person, 'Person', null);
      set(s.municipality, 'Municipality', null);
      set(s.region, 'Region', null);
      set(s.venue, 'Venue', null);
      set(s.theme, 'Theme', ex);
      if (side !== 'theirs') set(s.organization, 'Organization', null);
    }
    tags.set(seedId('organization:conagua'), {
      kind: 'Organization',
      state: null,
      exercise: null,
      commitments: [],
      draft: false,
      deleted: false,
    });
    tags.set(seedId('organization:inai'), {
      kind: 'Organization',
      state: null,
      exercise: null,
      commitments: [],
      draft: false,
      deleted: false,
    });

    buildAs =
      (manager?: EntityManager): Builder =>
      async (kind, input) => {
        const full = { publication: 'PUBLISHED', ...input };
        const result = await world.api.query(
          `mutation($i: ${kind}Input!) { record: create${kind}(input: $i) { id } }`,
          { i: full },
          world.viewers.platform,
          { manager },
        );
        if (result.errors?.length) throw new Error(`building a ${kind}: ${JSON.stringify(result.errors)}`);
        const id = (result.data as { record: { id: string } }).record.id;
        tags.set(id, rowTag(kind, full, id));
        inputs.set(id, full);
        return id;
      };
  }, 240_000);
  afterAll(() => world?.close());

  /**
   * How many rows each of `tables` has, and how many row versions this transaction wrote since
   * `since` (a transaction id): an insert, update or soft delete leaves a version with a newer
   * xmin; a hard delete changes a count.
   */
  async function footprint(manager: EntityManager, tables: string[], since: number): Promise<string> {
    const [row] = await manager.query(
      `SELECT ${tables.map((t) => `(SELECT count(*) || '/' || count(*) FILTER (WHERE xmin::text::bigint >= $1) FROM ${t}) AS "${t}"`).join(', ')}`,
      [since],
    );
    return JSON.stringify(row);
  }

  /** The tables a write of `kind` may touch: its own, its link tables, and the audit trail. */
  function tablesOf(kind: Kind): string[] {
    const metadatas = world.database.dataSource.entityMetadatas;
    const own = metadatas.find((m) => m.name === kind);
    if (!own) throw new Error(`no entity named ${kind}`);
    const links = metadatas.filter(
      (m) =>
        !m.findColumnWithPropertyName('deletedAt') &&
        m.relations.some((r) => r.inverseEntityMetadata.tableName === own.tableName) &&
        m.tableName !== 'audit_event',
    );
    return [own.tableName, ...links.map((m) => m.tableName), 'audit_event'];
  }
  const ACCOUNT_TABLES = ['staff_account', 'staff_session', 'password_link', 'milestone_review', 'audit_event'];
  interface Case {
    role: Role;
    /** The tables it may touch, compared before and after a refusal. */
    tables: string[];
    document: string;
    variables: (build: Builder) => Promise<Record<string, unknown>>;
    allowed: (variables: Record<string, unknown>) => boolean;
  }

  let cases = 0;
  /** Cases run this many at a time, each in its own transaction (the database's pool holds 6). */
  const CONCURRENCY = 4;
  /** Runs each case in a rolled-back transaction; returns what went against the rule. */
  async function run(label: string, list: Case[]): Promise<string[]> {
    const wrong: string[] = [];
    const queue = [...list];
    const worker = async () => {
      for (let c = queue.shift(); c; c = queue.shift()) await runOne(label, c, wrong);
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    return wrong.sort();
  }

  async function runOne(label: string, c: Case, wrong: string[]): Promise<void> {
    {
      const runner = world.database.dataSource.createQueryRunner();
      await runner.startTransaction();
      try {
        const variables = await c.variables(buildAs(runner.manager));
        const allowed = c.allowed(variables);
        const [{ xid }] = await runner.manager.query(`SELECT (txid_current() % 4294967296)::bigint AS xid`);
        const before = await footprint(runner.manager, c.tables, Number(xid));
        const audits = Number((await runner.manager.query('SELECT count(*) AS n FROM audit_event'))[0].n);
        const result = await world.api.query(c.document, variables, world.viewers[c.role], { manager: runner.manager });
        const code = result.errors?.length ? String(result.errors[0].extensions?.code) : 'OK';
        const what = `${label} as ${c.role}: ${JSON.stringify(variables)} → ${code} ${result.errors?.[0]?.message ?? ''}`;
        if (allowed) {
          if (code !== 'OK') wrong.push(`expected OK: ${what}`);
          else if (Number((await runner.manager.query('SELECT count(*) AS n FROM audit_event'))[0].n) <= audits)
            wrong.push(`no audit row: ${what}`);
        } else {
          const codes =
            c.role === 'public' ? ['UNAUTHENTICATED'] : ['FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT'];
          if (!codes.includes(code)) wrong.push(`expected refusal: ${what}`);
          else if (code === 'BAD_USER_INPUT' && !result.errors?.[0].extensions?.field)
            wrong.push(`no field named: ${what}`);
          else if ((await footprint(runner.manager, c.tables, Number(xid))) !== before)
            wrong.push(`refused but changed rows or audit: ${what}`);
        }
        cases += 1;
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    }
  }

  /** Every ID or [ID] argument and input field of a mutation, as paths, with the type that declares it. */
  function idPaths(mutation: string): { path: string[]; owner: string; list: boolean }[] {
    const field = schema.getMutationType()?.getFields()[mutation];
    if (!field) throw new Error(`no mutation ${mutation}`);
    const found: { path: string[]; owner: string; list: boolean }[] = [];
    const walk = (type: GraphQLInputType, path: string[], owner: string, name: string) => {
      const named = getNamedType(type);
      if (isScalarType(named) && named.name === 'ID')
        found.push({ path, owner: `${owner}.${name}`, list: isListType(getNullableType(type)) });
      if (isInputObjectType(named))
        for (const f of Object.values(named.getFields())) walk(f.type, [...path, f.name], named.name, f.name);
    };
    for (const arg of field.args) walk(arg.type, [arg.name], mutation, arg.name);
    return found;
  }

  const setAt = (object: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> => {
    const [head, ...rest] = path;
    return {
      ...object,
      [head]: rest.length ? setAt((object[head] as Record<string, unknown>) ?? {}, rest, value) : value,
    };
  };

  const mutations = () => Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
  const familyOf = (mutation: string) => /^(create|update|delete|restore)([A-Z]\w*)$/.exec(mutation);
  const VARIANTS: Variant[] = ['otherState', 'otherAgency', 'draft', 'deleted'];

  it('knows every mutation and every ID field the schema has', () => {
    const unknown: string[] = [];
    for (const mutation of mutations()) {
      const family = familyOf(mutation);
      const special = SPECIAL.has(mutation);
      if (WITHOUT_IDS.has(mutation)) {
        if (idPaths(mutation).length) unknown.push(`${mutation} has ID arguments now: attack them`);
        continue;
      }
      if (!special && !(family && WRITE_FIXTURES[family[2]]))
        unknown.push(`${mutation}: no valid input for ${family?.[2] ?? mutation} in test/support/write-fixtures.ts`);
      for (const { owner } of idPaths(mutation)) {
        if (owner.startsWith(`${mutation}.`) || SOURCE_FIELD.test(owner)) continue;
        if (!targets.has(owner))
          unknown.push(`${owner}: which kind of record does it name? (no link set nor foreign key says)`);
      }
    }
    expect(unknown).toEqual([]);
  });

  /** create<Kind> and update<Kind>: a foreign record in each ID field of the input. */
  const inputCases = async (kind: Kind, update: boolean): Promise<Case[]> => {
    const list: Case[] = [];
    const mutation = `${update ? 'update' : 'create'}${kind}`;
    const spec = WRITE_FIXTURES[kind];
    const baseRecord = update ? await buildAs()(kind, await spec.input(world.ours, buildAs())) : null;
    for (const { path, owner, list: isList } of idPaths(mutation).filter(
      (p) => p.path[0] === 'input' && !SOURCE_FIELD.test(p.owner),
    )) {
      const target = targetOf(owner);
      const field = path[path.length - 1];
      for (const variant of VARIANTS) {
        const id = await foreignRecord(target, variant);
        if (!id) continue;
        for (const role of ROLES) {
          list.push({
            role,
            tables: tablesOf(kind),
            document: update
              ? `mutation($id: ID!, $input: ${kind}Input!) { ${mutation}(id: $id, version: 1, input: $input) { id } }`
              : `mutation($input: ${kind}Input!) { ${mutation}(input: $input) { id } }`,
            variables: async (build) => {
              const base = update ? {} : await spec.input(world.ours, build);
              const input = setAt(base, path.slice(1), isList ? [id] : id);
              return update ? { id: baseRecord, input } : { input };
            },
            allowed: (variables) => {
              const input = variables.input as Record<string, unknown>;
              const before = update ? tag(baseRecord as string) : null;
              const standing = update ? { ...inputs.get(baseRecord as string), ...input } : input;
              return expectAllowed(
                role,
                kind,
                standing,
                update ? new Set([field]) : new Set(Object.keys(standing)),
                before,
                update ? (baseRecord as string) : 'new',
              );
            },
          });
        }
      }
    }
    return list;
  };

  /** update, delete and restore of another state's, another agency's or a deleted record. */
  const idCases = async (kind: Kind, action: 'update' | 'delete' | 'restore'): Promise<Case[]> => {
    const list: Case[] = [];
    const variants: Variant[] =
      action === 'restore' ? ['otherState', 'otherAgency'] : ['otherState', 'otherAgency', 'deleted'];
    for (const variant of variants) {
      let id = await foreignRecord(kind, variant);
      if (!id) continue;
      if (action === 'restore') {
        // A deleted record of another state or agency, to bring back.
        id = await buildAs()(kind, {
          ...(await WRITE_FIXTURES[kind].input(variant === 'otherState' ? world.other : world.theirs, buildAs())),
        });
        await world.api.data(
          `mutation($id: ID!) { delete${kind}(id: $id, version: 1) { id } }`,
          { id },
          world.viewers.platform,
        );
        tag(id).deleted = true;
      }
      const record = id;
      for (const role of ROLES) {
        list.push({
          role,
          tables: tablesOf(kind),
          document:
            action === 'update'
              ? `mutation($id: ID!, $input: ${kind}Input!) { update${kind}(id: $id, version: 1, input: $input) { id } }`
              : action === 'delete'
                ? `mutation($id: ID!) { delete${kind}(id: $id, version: 1) { id } }`
                : `mutation($id: ID!) { restore${kind}(id: $id) { id } }`,
          variables: async () =>
            action === 'update' ? { id: record, input: WRITE_FIXTURES[kind].patch() } : { id: record },
          allowed: () => {
            const t = tag(record);
            if (role === 'public' || role === 'follower') return false;
            if (action === 'restore')
              return (
                (role === 'institute' || role === 'otherInstitute' || role === 'platform') && mayWrite(role, kind, t)
              );
            return !t.deleted && mayWrite(role, kind, t);
          },
        });
      }
    }
    return list;
  };

  it.each(Object.keys(WRITE_FIXTURES))(
    '%s: create and update with a foreign id in each ID field',
    async (kind) => {
      const wrong = await run(kind, [...(await inputCases(kind, false)), ...(await inputCases(kind, true))]);
      expect(wrong).toEqual([]);
    },
    300_000,
  );

  it.each(Object.keys(WRITE_FIXTURES))(
    '%s: update, delete and restore of records out of scope',
    async (kind) => {
      const wrong = await run(kind, [
        ...(await idCases(kind, 'update')),
        ...(await idCases(kind, 'delete')),
        ...(await idCases(kind, 'restore')),
      ]);
      expect(wrong).toEqual([]);
    },
    300_000,
  );

  it('refuses foreign ids in staff accounts and reviews', async () => {
    const accountOf = async (organizationId: string) =>
      (
        await world.api.data(
          `mutation($i: StaffAccountInput!) { createStaffAccount(input: $i) { id } }`,
          {
            i: {
              email: `cuenta-${unique()}@test.tablero.mx`,
              displayName: 'Enlace',
              password: 'contraseña inicial',
              role: 'AGENCY_EDITOR',
              organizationId,
            },
          },
          world.viewers.platform,
        )
      ).createStaffAccount.id as string;
    const otherAccount = await accountOf(world.other.organization);
    const ourAccount = await accountOf(world.ours.organization);
    const list: Case[] = [];
    const fields = (extra: Record<string, unknown>) => ({
      email: `nuevo-${unique()}@test.tablero.mx`,
      displayName: 'Enlace',
      role: 'AGENCY_EDITOR',
      organizationId: world.ours.organization,
      ...extra,
    });
    const deletedOrganization = await foreignRecord('Organization', 'deleted');
    const CREATE = `mutation($i: StaffAccountInput!) { createStaffAccount(input: $i) { id } }`;
    const INVITE = `mutation($i: StaffAccountInvitationInput!) { inviteStaffAccount(input: $i) { expiresAt } }`;
    const UPDATE = `mutation($id: ID!, $i: StaffAccountUpdateInput!) { updateStaffAccount(id: $id, version: 1, input: $i) { id } }`;
    /** Who may keep an account of the other state: that state's institute and the platform admin. */
    const otherStateAdmins = (role: Role) => role === 'platform' || role === 'otherInstitute';
    for (const role of ROLES) {
      for (const [document, password] of [
        [CREATE, { password: 'contraseña inicial' }],
        [INVITE, {}],
      ] as const) {
        // Another state's organisation: its account works in that state.
        list.push({
          role,
          tables: ACCOUNT_TABLES,
          document,
          variables: async () => ({ i: fields({ ...password, organizationId: world.other.organization }) }),
          allowed: () => otherStateAdmins(role),
        });
        list.push({
          role,
          tables: ACCOUNT_TABLES,
          document,
          variables: async () => ({ i: fields({ ...password, organizationId: deletedOrganization }) }),
          allowed: () => false,
        });
        // A state given against the organisation's: never taken from the input.
        list.push({
          role,
          tables: ACCOUNT_TABLES,
          document,
          variables: async () => ({ i: fields({ ...password, stateId: world.other.state }) }),
          allowed: () => false,
        });
      }
      // Moving our account to another state's organisation: only the platform admin keeps both states' accounts.
      list.push({
        role,
        tables: ACCOUNT_TABLES,
        document: UPDATE,
        variables: async () => ({ id: ourAccount, i: { organizationId: world.other.organization } }),
        allowed: () => role === 'platform',
      });
      list.push({
        role,
        tables: ACCOUNT_TABLES,
        document: UPDATE,
        variables: async () => ({ id: ourAccount, i: { stateId: world.other.state } }),
        allowed: () => false,
      });
      list.push({
        role,
        tables: ACCOUNT_TABLES,
        document: UPDATE,
        variables: async () => ({ id: otherAccount, i: { displayName: 'Cambio' } }),
        allowed: () => otherStateAdmins(role),
      });
      list.push({
        role,
        tables: ACCOUNT_TABLES,
        document: `mutation($id: ID!) { setStaffAccountDisabled(id: $id, disabled: true) { id } }`,
        variables: async () => ({ id: otherAccount }),
        allowed: () => otherStateAdmins(role),
      });
      list.push({
        role,
        tables: ACCOUNT_TABLES,
        document: `mutation($id: ID!) { sendPasswordLink(id: $id) { expiresAt } }`,
        variables: async () => ({ id: otherAccount }),
        allowed: () => otherStateAdmins(role),
      });
      for (const variant of ['otherState', 'otherAgency', 'deleted'] as Variant[]) {
        const milestone = await foreignRecord('Milestone', variant);
        list.push({
          role,
          tables: ACCOUNT_TABLES,
          document: `mutation($m: ID!) { reviewMilestone(milestoneId: $m, verdict: CONFIRMED, comment: "Revisado") { id } }`,
          variables: async () => ({ m: milestone }),
          allowed: () => false,
        });
      }
    }
    expect(await run('accounts and reviews', list)).toEqual([]);
  }, 300_000);

  afterAll(() => {
    // The size of the generated surface, for the record (the README gives it too).
    process.stdout.write(`write attacks: ${cases} generated cases\n`);
  });
});
