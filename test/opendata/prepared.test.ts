import type { Pool } from 'pg';
import { IsNull, type DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { byId } from '../../api/src/common/loaders';
import { types as pgTypes } from 'pg';
import { parseTimestamptz, positional, preparedQuery } from '../../api/src/common/prepared';
import { createDataSource } from '../../api/src/db/data-source';
import { newRequestScope, scopedManager } from '../../api/src/db/sql-counter';
import { EvaluationCriterion, EvaluationScore } from '../../api/src/modules/evaluation/evaluation.entity';
import { Event } from '../../api/src/modules/event/event.entity';
import { Exercise } from '../../api/src/modules/exercise/exercise.entity';
import { Milestone } from '../../api/src/modules/milestone/milestone.entity';
import { Membership } from '../../api/src/modules/secretariat/membership.entity';
import { Session } from '../../api/src/modules/session/session.entity';
import { roles } from '../support/staff';
import { apiOn, isolatedDatabase, sandboxExercise } from './support';
import { PUBLIC_VIEWER } from '../../api/src/common/viewer';

/**
 * The loaders' read path: named prepared statements, pipelined per turn of the event loop,
 * hydrated without a query builder. It must give exactly what TypeORM gives, count every
 * statement, and keep one failing statement from failing its neighbours.
 */
describe('prepared, pipelined reads', () => {
  let db: Awaited<ReturnType<typeof isolatedDatabase>>;
  let schema: Awaited<ReturnType<typeof apiOn>>;
  let api: Awaited<ReturnType<typeof apiOn>> & { dataSource: DataSource };
  beforeAll(async () => {
    db = await isolatedDatabase('prepared');
    schema = await apiOn(db.dataSource);
    api = { ...schema, dataSource: db.dataSource };
  });
  afterAll(async () => {
    await schema.stop();
    await db.drop();
  });

  it('hydrates records exactly as TypeORM does (types, transformers, nulls)', async () => {
    const who = await roles(api.dataSource.manager);
    const sandbox = await sandboxExercise(api, who.institute, 'hidratacion');
    const commitment = await sandbox.create('Commitment', {
      planId: sandbox.plan,
      title: 'Compromiso con pesos',
      publication: 'PUBLISHED',
    });
    await sandbox.create('Milestone', {
      commitmentId: commitment,
      position: 1,
      title: 'Hito de peso 2.5',
      weight: 2.5,
      status: 'DONE',
      evidenceDescription: 'Acta',
      completedOn: '2017-03',
    });
    for (const entity of [Exercise, Session, Event, Membership, Milestone, EvaluationCriterion, EvaluationScore]) {
      const expected = await api.dataSource.manager.find(entity as typeof Exercise, {
        where: { deletedAt: IsNull() },
        order: { id: 'ASC' },
        take: 50,
      });
      const loader = byId(entity as typeof Exercise)(api.dataSource.manager, who.platform);
      const loaded = await loader.loadMany(expected.map((record) => record.id));
      expect([entity.name, loaded]).toEqual([entity.name, expected]);
      expect(loaded.every((record) => record instanceof entity)).toBe(true);
    }
    const [milestone] = await byId(Milestone)(api.dataSource.manager, who.platform).loadMany([
      (await api.dataSource.manager.findOneByOrFail(Milestone, { title: 'Hito de peso 2.5' })).id,
    ]);
    expect(milestone).toMatchObject({ weight: 2.5, completedOn: '2017-03', status: 'DONE' });
  });

  it('sends the statements of one turn down one connection, answers each, and counts each in its request', async () => {
    const pool = (api.dataSource.driver as PostgresDriver).master as Pool;
    const connect = jest.spyOn(pool, 'connect');
    const scope = newRequestScope('pipelined');
    const manager = scopedManager(api.dataSource.manager, scope);
    const [states, coahuila, answer] = await Promise.all([
      preparedQuery(manager, 'SELECT count(*)::int AS n FROM state', []),
      preparedQuery(manager, 'SELECT code FROM state WHERE code = $1', ['MX-COA']),
      preparedQuery(manager, 'SELECT $1::int + 1 AS n', [41], 'array'),
    ]);
    expect(states).toEqual([{ n: 32 }]);
    expect(coahuila).toEqual([{ code: 'MX-COA' }]);
    expect(answer).toEqual([[42]]);
    expect(scope.statements).toBe(3);
    expect(connect).toHaveBeenCalledTimes(1);
    connect.mockRestore();
  });

  it('fails only the statement PostgreSQL refuses; the others in the same write are answered', async () => {
    const manager = api.dataSource.manager;
    const outcomes = await Promise.allSettled([
      preparedQuery(manager, 'SELECT 1 AS one', []),
      preparedQuery(manager, 'SELECT 1 / $1::int AS boom', [0]),
      preparedQuery(manager, 'SELECT 2 AS two', []),
    ]);
    expect(outcomes[0]).toEqual({ status: 'fulfilled', value: [{ one: 1 }] });
    expect(outcomes[1]).toMatchObject({ status: 'rejected', reason: { code: '22012' } }); // division_by_zero
    expect(outcomes[2]).toEqual({ status: 'fulfilled', value: [{ two: 2 }] });
    // The connections stay usable, prepared statements included.
    for (let i = 0; i < 3; i += 1) expect(await preparedQuery(manager, 'SELECT 2 AS two', [])).toEqual([{ two: 2 }]);
  });

  it('prepares inside a transaction too: on its connection, once per text, a name per text', async () => {
    const scope = newRequestScope('in-transaction');
    const { answers, counted, prepared } = await api.dataSource.transaction(async (transaction) => {
      const manager = scopedManager(transaction, scope);
      const answers = await Promise.all([
        preparedQuery(manager, 'SELECT $1::int + 1 AS n', [1]),
        preparedQuery(manager, 'SELECT $1::int + 1 AS n', [2]),
        preparedQuery(manager, 'SELECT $1::int + 2 AS n', [2], 'array'),
      ]);
      const counted = scope.statements;
      const prepared: { name: string; statement: string }[] = await transaction.query(
        `SELECT name, statement FROM pg_prepared_statements WHERE statement LIKE 'SELECT $1::int + _ AS n' ORDER BY statement`,
      );
      return { answers, counted, prepared };
    });
    expect(answers).toEqual([[{ n: 2 }], [{ n: 3 }], [[4]]]);
    expect(counted).toBe(3);
    expect(prepared.map((row) => row.statement)).toEqual(['SELECT $1::int + 1 AS n', 'SELECT $1::int + 2 AS n']);
    expect(prepared[0].name).not.toBe(prepared[1].name);
  });

  it('rolls a transaction back when PostgreSQL refuses one of its prepared statements; the connection serves them again', async () => {
    // One connection, so that every transaction below meets the statements the previous ones prepared.
    const single = createDataSource(db.url, { poolSize: 1, quiet: true });
    await single.initialize();
    try {
      await single.query('CREATE TABLE rollback_probe (n int)');
      const refused = single.transaction(async (manager) => {
        await manager.query('INSERT INTO rollback_probe VALUES (1)');
        await preparedQuery(manager, 'SELECT count(*)::int AS n FROM rollback_probe', []);
        await preparedQuery(manager, 'SELECT 1 / $1::int AS boom', [0]);
      });
      await expect(refused).rejects.toMatchObject({ code: '22012' }); // division_by_zero
      const aborted = single.transaction(async (manager) => {
        await preparedQuery(manager, 'SELECT 1 / $1::int AS boom', [0]).catch(() => undefined);
        // Not parsed: the transaction is aborted, so this text is parsed again the next time.
        await preparedQuery(manager, 'SELECT 3 AS three', []);
      });
      await expect(aborted).rejects.toMatchObject({ code: '25P02' }); // in_failed_sql_transaction
      const again = await single.transaction((manager) =>
        Promise.all([
          preparedQuery(manager, 'SELECT count(*)::int AS n FROM rollback_probe', []),
          preparedQuery(manager, 'SELECT 1 / $1::int AS boom', [1]),
          preparedQuery(manager, 'SELECT 3 AS three', []),
        ]),
      );
      expect(again).toEqual([[{ n: 0 }], [{ boom: 1 }], [{ three: 3 }]]);
      expect(await preparedQuery(single.manager, 'SELECT 3 AS three', [])).toEqual([{ three: 3 }]);
    } finally {
      await single.query('DROP TABLE IF EXISTS rollback_probe');
      await single.destroy();
    }
  });

  it("reads timestamptz exactly as pg's own parser does", async () => {
    const pgParse = pgTypes.getTypeParser(1184, 'text') as (value: string) => Date;
    const samples = [
      '2026-11-25 09:31:02.123456+00',
      '2015-03-09 00:00:00.999999-06',
      '2016-03-15 12:00:00.5+05:30',
      '2026-01-01 00:00:00+00',
      '2016-03-13 02:30:00-05',
      '0050-01-01 00:00:00+00',
      'infinity',
      '2017-02-15 23:59:59.9999+14:45',
    ];
    for (const value of samples) expect([value, parseTimestamptz(value)]).toEqual([value, pgParse(value)]);
    const [{ now }] = await api.dataSource.query(`SELECT now()::text AS now`);
    expect(parseTimestamptz(now)).toEqual(pgParse(now));
  });

  it("rewrites a scope's named parameters as positional ones after the keys", () => {
    expect(
      positional(
        {
          sql: 'a.x = :viewerStateId OR b.y = :viewerStateId AND c::text = :other',
          parameters: { viewerStateId: 's', other: 'o' },
        },
        1,
      ),
    ).toEqual({
      sql: 'a.x = $2 OR b.y = $2 AND c::text = $3',
      values: ['s', 'o'],
    });
    expect(() => positional({ sql: 'a = :missing', parameters: {} }, 1)).toThrow(/missing/);
    expect(positional({ sql: "r.deleted_at IS NULL AND r.publication = 'PUBLISHED'", parameters: {} }, 1)).toEqual({
      sql: "r.deleted_at IS NULL AND r.publication = 'PUBLISHED'",
      values: [],
    });
  });

  it('reads what the viewer may see: the public never gets a draft', async () => {
    const loader = byId(Exercise)(api.dataSource.manager, PUBLIC_VIEWER);
    const [draft] = await api.dataSource.query(`SELECT id FROM exercise WHERE publication = 'DRAFT' LIMIT 1`);
    if (draft) expect(await loader.load(draft.id)).toBeNull();
    const [published] = await api.dataSource.query(
      `SELECT id FROM exercise WHERE publication = 'PUBLISHED' AND deleted_at IS NULL LIMIT 1`,
    );
    expect((await loader.load(published.id))?.id).toBe(published.id);
  });
});
