import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sign-in throttle counts one (account, address) pair's recent attempts, and the purge
 * deletes old attempts: both read an index instead of the whole table.
 */
export class ThrottleIndexes1795800000000 implements MigrationInterface {
  name = 'ThrottleIndexes1795800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "sign_in_attempt_pair_idx" ON "sign_in_attempt" ("email", "ip_address", "at")`,
    );
    await queryRunner.query(`CREATE INDEX "sign_in_attempt_at_idx" ON "sign_in_attempt" ("at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."sign_in_attempt_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."sign_in_attempt_pair_idx"`);
  }
}
