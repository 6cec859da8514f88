import type { MigrationInterface, QueryRunner } from 'typeorm';

const COUNT = `INSERT INTO tablero_meta.data_change AS d (table_name, changes, changed_at) VALUES (t, 1, now())
                    ON CONFLICT (table_name) DO UPDATE SET changes = d.changes + 1, changed_at = now()
                    RETURNING d.changes INTO counter;
                PERFORM pg_notify('data_change', t || ':' || counter);`;

/**
 * A transaction of thousands of writes (an import) may count its changes once, at its end: with
 * `SET LOCAL tablero.data_change_deferred = 'on'` the per-statement trigger counts nothing, and
 * the transaction calls `tablero_meta.count_data_change(table)` for each table before it commits.
 * Counting every statement there updates the same counter row thousands of times in one
 * transaction, and each update walks the row's versions the transaction left behind (none can be
 * pruned before it ends): an import of 12,000 rows took 22 minutes, nearly all of it there.
 * Every other transaction counts as before.
 */
export class DeferredDataChange1796100000000 implements MigrationInterface {
  name = 'DeferredDataChange1796100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION "tablero_meta".count_data_change(t text) RETURNS void LANGUAGE plpgsql AS $$
            DECLARE counter bigint;
            BEGIN
                ${COUNT}
            END $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION "tablero_meta".note_data_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF current_setting('tablero.data_change_deferred', true) = 'on' THEN
                    RETURN NULL;
                END IF;
                PERFORM tablero_meta.count_data_change(TG_TABLE_NAME);
                RETURN NULL;
            END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION "tablero_meta".note_data_change() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE counter bigint;
            BEGIN
                ${COUNT.replace(/\bt\b/g, 'TG_TABLE_NAME')}
                RETURN NULL;
            END $$`);
    await queryRunner.query(`DROP FUNCTION "tablero_meta".count_data_change(text)`);
  }
}
