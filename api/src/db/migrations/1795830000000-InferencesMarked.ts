import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the source only implies is marked as such in the data: inferred cities and dates, seats
 * whose voting the source does not state, bodies that took part in a commitment without being
 * named responsible, and the last day the sources cover an open-ended membership.
 */
export class InferencesMarked1795830000000 implements MigrationInterface {
  name = 'InferencesMarked1795830000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "session" ADD "municipality_inferred" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "event" ADD "start_date_inferred" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "event" ADD "municipality_inferred" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `ALTER TABLE "commitment" ADD "responsible_agencies_inferred" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`ALTER TABLE "post" ALTER COLUMN "voting" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "membership" ADD "recorded_until" text`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "membership_dates_valid"`);
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "membership_dates_valid" CHECK (is_partial_date(start_date) AND is_partial_date(end_date) AND is_partial_date(recorded_until))`,
    );
    await queryRunner.query(`ALTER TYPE "public"."commitment_organization_role" ADD VALUE 'PARTICIPANT'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "commitment_organization" WHERE "role" = 'PARTICIPANT'`);
    await queryRunner.query(
      `ALTER TYPE "public"."commitment_organization_role" RENAME TO "commitment_organization_role_old"`,
    );
    await queryRunner.query(`CREATE TYPE "public"."commitment_organization_role" AS ENUM('RESPONSIBLE', 'FOLLOWER')`);
    await queryRunner.query(
      `ALTER TABLE "commitment_organization" ALTER COLUMN "role" TYPE "public"."commitment_organization_role" USING "role"::text::"public"."commitment_organization_role"`,
    );
    await queryRunner.query(`DROP TYPE "public"."commitment_organization_role_old"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "membership_dates_valid"`);
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "membership_dates_valid" CHECK (is_partial_date(start_date) AND is_partial_date(end_date))`,
    );
    await queryRunner.query(`ALTER TABLE "membership" DROP COLUMN "recorded_until"`);
    await queryRunner.query(`UPDATE "post" SET "voting" = false WHERE "voting" IS NULL`);
    await queryRunner.query(`ALTER TABLE "post" ALTER COLUMN "voting" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "commitment" DROP COLUMN "responsible_agencies_inferred"`);
    await queryRunner.query(`ALTER TABLE "event" DROP COLUMN "municipality_inferred"`);
    await queryRunner.query(`ALTER TABLE "event" DROP COLUMN "start_date_inferred"`);
    await queryRunner.query(`ALTER TABLE "session" DROP COLUMN "municipality_inferred"`);
  }
}
