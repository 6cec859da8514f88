import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every table whose rows public reads, downloads, calendars and feeds can show. Not audit_event:
 * every audit row is written in the same transaction as the record it describes, whose table's
 * counter moves anyway; leaving it out keeps writes to different tables from queueing on one
 * counter.
 */
const PUBLIC_DATA_TABLES = [
  'source_document',
  'state',
  'region',
  'municipality',
  'venue',
  'organization',
  'person',
  'exercise',
  'theme',
  'secretariat',
  'post',
  'membership',
  'session',
  'agreement',
  'agreement_responsible',
  'event',
  'event_organization',
  'event_theme',
  'event_commitment',
  'action_plan',
  'commitment',
  'commitment_organization',
  'commitment_theme',
  'milestone',
  'milestone_review',
  'information_request',
  'information_delivery',
  'evaluation',
  'evaluation_criterion',
  'evaluation_score',
  'recommendation',
];

/**
 * A change counter per table of public data, kept by the database itself: every statement that
 * inserts, updates, deletes or truncates rows of such a table adds one to its counter, in the
 * same transaction, and announces the new value on the `data_change` channel at commit
 * (`<table>:<counter>`). API processes LISTEN and derive their ETags from the counters, so every
 * process behind a load balancer agrees on them and none needs to ask the database on a cached
 * read. Written by hand: TypeORM has no notion of triggers.
 *
 * The counters live in their own schema, `tablero_meta`: they describe the data, they are not
 * data, so backups (which take the public schema) leave them out and a restore, whose inserts
 * move them on, never collides with them. The `@epoch` row is random per database, so a restored
 * or rebuilt database never repeats the versions (and ETags) of the one it replaces.
 */

export class DataChangeCounter1795700000000 implements MigrationInterface {
  name = 'DataChangeCounter1795700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA "tablero_meta"`);
    await queryRunner.query(
      `CREATE TABLE "tablero_meta"."data_change" ("table_name" text NOT NULL, "changes" bigint NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_data_change" PRIMARY KEY ("table_name"))`,
    );
    await queryRunner.query(
      `INSERT INTO "tablero_meta"."data_change" (table_name, changes) VALUES ('@epoch', floor(random() * 9e15)::bigint)`,
    );
    await queryRunner.query(`CREATE FUNCTION "tablero_meta".note_data_change() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE counter bigint;
            BEGIN
                INSERT INTO tablero_meta.data_change AS d (table_name, changes, changed_at) VALUES (TG_TABLE_NAME, 1, now())
                    ON CONFLICT (table_name) DO UPDATE SET changes = d.changes + 1, changed_at = now()
                    RETURNING d.changes INTO counter;
                PERFORM pg_notify('data_change', TG_TABLE_NAME || ':' || counter);
                RETURN NULL;
            END $$`);
    for (const table of PUBLIC_DATA_TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_data_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "tablero_meta".note_data_change()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of PUBLIC_DATA_TABLES)
      await queryRunner.query(`DROP TRIGGER "${table}_data_change" ON "${table}"`);
    await queryRunner.query(`DROP SCHEMA "tablero_meta" CASCADE`);
  }
}
