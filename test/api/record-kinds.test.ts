import { getNamedType, isObjectType } from 'graphql';
import { Entity, PrimaryGeneratedColumn } from 'typeorm';
import { publicCondition } from '../../api/src/common/public-reach';
import { assertKindsDeclared, defineRecordKind, kindProblems, via } from '../../api/src/common/record-kind';
import { readableBy, writableBy } from '../../api/src/common/scope';
import { createDataSource } from '../../api/src/db/data-source';
import { ENTITIES, KINDS } from '../../api/src/db/entities';
import { buildAppSchema } from '../../api/src/schema';
import { TestApi } from '../support/api';
import { PUBLIC_VIEWER, StaffRole, type Viewer } from '../../api/src/common/viewer';

/** A kind someone is adding: its entity is mapped, its declaration and its trigger migration are what the tests forget. */
@Entity('throwaway_kind')
class Throwaway {
  @PrimaryGeneratedColumn('uuid')
  id: string;
}

const platformAdmin: Viewer = {
  kind: 'staff',
  accountId: 'a',
  role: StaffRole.PLATFORM_ADMIN,
  organizationId: null,
  stateId: null,
  sessionTokenHash: 'h',
};

/**
 * Each record kind declares itself once, in its module (`<kind>.kind.ts`), and the server refuses
 * to start while any entity lacks its declaration, a declaration names what does not exist, or
 * the database's change-counter triggers differ from the declarations. A table nobody declared
 * is an error, never public (nor writable) by omission.
 */
describe('record kind declarations', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.open();
  });
  afterAll(() => api.close());

  it('cover every entity the app maps, with the triggers the database has, so the server starts', async () => {
    expect(await kindProblems(api.dataSource)).toEqual([]);
    await expect(assertKindsDeclared(api.dataSource)).resolves.toBeUndefined();
    expect(KINDS.map((kind) => kind.entity)).toEqual(ENTITIES);
  });

  it('refuse to start when an entity is mapped without its declaration, or declared without its trigger', async () => {
    const mapped = createDataSource(process.env.TEST_DATABASE_URL as string, { poolSize: 1, quiet: true });
    mapped.setOptions({ entities: [...ENTITIES, Throwaway] });
    await mapped.initialize();
    try {
      expect(await kindProblems(mapped)).toEqual(['Throwaway (throwaway_kind) has no record-kind declaration']);
      await expect(assertKindsDeclared(mapped)).rejects.toThrow(/refusing to start[\s\S]*throwaway_kind/);
      // Declared as a link row, but the migration that creates its data_change trigger is forgotten.
      const declared = defineRecordKind({
        table: 'throwaway_kind',
        entity: Throwaway,
        reach: { through: [via('exercise_id', 'exercise')] },
      });
      expect(await kindProblems(mapped, { kinds: [...KINDS, declared] })).toEqual([
        'throwaway_kind: parent column exercise_id does not exist',
        expect.stringMatching(/^throwaway_kind can be read by the public but has no data_change trigger/),
      ]);
    } finally {
      await mapped.destroy();
    }
  });

  it('refuse to start when a trigger is dropped, or put on a table that is never public', async () => {
    await api.dataSource
      .transaction(async (manager) => {
        await manager.query('DROP TRIGGER milestone_data_change ON milestone');
        await manager.query(
          `CREATE TRIGGER staff_session_data_change AFTER INSERT ON staff_session FOR EACH STATEMENT EXECUTE FUNCTION tablero_meta.note_data_change()`,
        );
        expect(await kindProblems(api.dataSource, { manager })).toEqual([
          expect.stringMatching(/^milestone can be read by the public but has no data_change trigger/),
          'staff_session is never public but has a data_change trigger',
        ]);
        await expect(assertKindsDeclared(api.dataSource, manager)).rejects.toThrow(/milestone/);
        throw new Error('roll back');
      })
      .catch((error: Error) => expect(error.message).toBe('roll back'));
    expect(await kindProblems(api.dataSource)).toEqual([]);
  });

  it('refuse a declaration that misses a part, or names a column the entity does not have', async () => {
    expect(() => defineRecordKind({ table: 'throwaway_kind', entity: Throwaway, reach: { record: [] } })).toThrow(
      /exercise or the state/,
    );
    expect(() =>
      defineRecordKind({
        table: 'throwaway_kind',
        entity: Throwaway,
        reach: { record: [] },
        state: (a) => `${a}.state_id`,
        writers: { agency: 'responsible' },
      }),
    ).toThrow(/commitments it serves/);
    expect(() =>
      defineRecordKind({
        table: 'throwaway_kind',
        entity: Throwaway,
        reach: { record: [] },
        state: (a) => `${a}.state_id`,
        reviews: 'followers',
      }),
    ).toThrow(/followers review it by its commitments/);
    const entityOf = (table: string) => (KINDS.find((kind) => kind.table === table) as (typeof KINDS)[number]).entity;
    const theme = defineRecordKind({
      table: 'theme',
      entity: entityOf('theme'),
      reach: { record: [via('exercise_id', 'exercise')] },
      exercise: (a) => `${a}.exercise_id`,
      optionalColumns: ['nothingLikeThis'],
    });
    const review = defineRecordKind({
      table: 'milestone_review',
      entity: entityOf('milestone_review'),
      reach: { record: [via('milestone_id', 'milestone')] },
      state: (a) => `${a}.state_id`,
    });
    const replaced = KINDS.map((kind) =>
      kind.table === 'theme' ? theme : kind.table === 'milestone_review' ? review : kind,
    );
    expect(await kindProblems(api.dataSource, { kinds: replaced })).toEqual([
      'theme: optional column nothingLikeThis does not exist',
      'milestone_review: declared a record, but has no publication state and soft-delete mark',
    ]);
  });

  it('give every kind staff write what the viewer may do to its records, and its name among the kinds one creates', async () => {
    const written = KINDS.filter((kind) => kind.scope).map((kind) => kind.entity.name);
    expect(written.length).toBeGreaterThan(20);
    const { __schema: schema } = await api.data(
      `{ __schema { types { name fields { name type { ofType { name } } } enumValues { name } } mutationType { fields { name } } } }`,
    );
    const types = new Map<string, any>(schema.types.map((type: any) => [type.name, type]));
    for (const name of written)
      expect([name, types.get(name)?.fields.find((f: any) => f.name === 'viewerCan')?.type.ofType.name]).toEqual([
        name,
        'RecordAbilities',
      ]);
    expect(
      types
        .get('RecordKindName')
        .enumValues.map((v: any) => v.name)
        .sort(),
    ).toEqual([...written].sort());
    const creates = schema.mutationType.fields.map((f: any) => f.name);
    for (const name of written) expect(creates).toContain(`create${name}`);
    // No other type says what the viewer may do: a kind left out of the declarations has no viewerCan.
    const withAbilities = schema.types.filter((type: any) => type.fields?.some((f: any) => f.name === 'viewerCan'));
    expect(withAbilities.map((type: any) => type.name).sort()).toEqual([...written].sort());
  });

  it('give every record and reference kind its reads: one by id from the root (its <kind>.resolver.ts)', async () => {
    const schema = await buildAppSchema();
    const query = Object.values(schema.getQueryType()?.getFields() ?? {});
    /** Kinds read only where they belong, through a field of another type (declared by their own resolvers). */
    const throughParent: Record<string, string> = { EvaluationScore: 'CriterionScore.record' };
    const read = KINDS.filter((kind) => kind.reach.ownState || (!kind.reach.never && !kind.reach.parents.length));
    expect(read.length).toBeGreaterThan(20);
    const unread = read
      .map((kind) => kind.entity.name)
      .filter((name) => {
        if (throughParent[name]) {
          const [type, field] = throughParent[name].split('.');
          const parent = schema.getType(type);
          return !(isObjectType(parent) && getNamedType(parent.getFields()[field]?.type)?.name === name);
        }
        return !query.some(
          (field) => getNamedType(field.type).name === name && field.args.some((a) => a.name === 'id'),
        );
      });
    expect(unread).toEqual([]);
  });

  it('leave an undeclared table readable and writable by nobody', () => {
    expect(() => publicCondition('undeclared_table', 'r')).toThrow(/undeclared_table/);
    expect(() => readableBy(PUBLIC_VIEWER, 'undeclared_table', 'r')).toThrow(/undeclared_table/);
    expect(() => writableBy(platformAdmin, 'undeclared_table', 'r')).toThrow(/undeclared_table/);
  });

  it('build, for a record under parents, a public condition that reaches up to its exercise', async () => {
    const sql = publicCondition('information_delivery', 'd');
    for (const table of ['information_delivery', 'commitment', 'action_plan', 'exercise'])
      expect(sql).toContain(table === 'information_delivery' ? "d.publication = 'PUBLISHED'" : `"${table}"`);
    // Valid SQL that PostgreSQL plans: the condition runs as written.
    await expect(
      api.dataSource.query(`SELECT count(*) FROM information_delivery d WHERE ${sql}`),
    ).resolves.toHaveLength(1);
  });
});
