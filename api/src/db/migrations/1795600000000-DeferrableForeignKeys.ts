import type { MigrationInterface, QueryRunner } from 'typeorm';

const foreignKeys = `SELECT conrelid::regclass::text AS "table", conname AS name FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace`;

/**
 * Some tables point at each other (regions and municipalities; organisations and source
 * documents). Every foreign key becomes DEFERRABLE, still checked at once by default, so that a
 * restore can load all tables in one transaction and have them checked at commit.
 */
export class DeferrableForeignKeys1795600000000 implements MigrationInterface {
  name = 'DeferrableForeignKeys1795600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const { table, name } of await queryRunner.query(foreignKeys)) {
      await queryRunner.query(`ALTER TABLE ${table} ALTER CONSTRAINT "${name}" DEFERRABLE INITIALLY IMMEDIATE`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table, name } of await queryRunner.query(foreignKeys)) {
      await queryRunner.query(`ALTER TABLE ${table} ALTER CONSTRAINT "${name}" NOT DEFERRABLE`);
    }
  }
}
