import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The shapes of the national program's pages (issue 19): a seat held by a named body whose person
 * the page does not give, the number of seats a page
 * declares per sector (kept apart from the bodies it names), and the stage the page reports.
 */
export class ProgramPageShapes1795840000000 implements MigrationInterface {
  name = 'ProgramPageShapes1795840000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "membership" ALTER COLUMN "person_id" DROP NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "membership_holder_named" CHECK (person_id IS NOT NULL OR on_behalf_of_id IS NOT NULL)`,
    );
    await queryRunner.query(`ALTER TABLE "secretariat" ADD "declared_seats" jsonb`);
    await queryRunner.query(
      `ALTER TABLE "secretariat" ADD CONSTRAINT "secretariat_declared_seats_valid" CHECK (declared_seats IS NULL OR jsonb_typeof(declared_seats) = 'array')`,
    );
    await queryRunner.query(`ALTER TABLE "exercise" ADD "reported_status" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "exercise" DROP COLUMN "reported_status"`);
    await queryRunner.query(`ALTER TABLE "secretariat" DROP CONSTRAINT "secretariat_declared_seats_valid"`);
    await queryRunner.query(`ALTER TABLE "secretariat" DROP COLUMN "declared_seats"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "membership_holder_named"`);
    await queryRunner.query(`ALTER TABLE "membership" ALTER COLUMN "person_id" SET NOT NULL`);
  }
}
