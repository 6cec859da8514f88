import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The kinds of record an exercise's sources do not report (issue 19): the national program's pages
 * never tell sessions, agreements, information requests or milestones, so their counts are no data
 * rather than 0.
 */
export class UnreportedRecords1795900000000 implements MigrationInterface {
  name = 'UnreportedRecords1795900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."record_kind" AS ENUM('SESSIONS', 'AGREEMENTS', 'INFORMATION_REQUESTS', 'MILESTONES')`,
    );
    await queryRunner.query(
      `ALTER TABLE "exercise" ADD "unreported_records" "public"."record_kind" array NOT NULL DEFAULT '{}'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "exercise" DROP COLUMN "unreported_records"`);
    await queryRunner.query(`DROP TYPE "public"."record_kind"`);
  }
}
