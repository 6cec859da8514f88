import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The text of a source document the platform keeps (the report a seed file was transcribed
 * from), served at /data/sources/<key>.txt so that every record's source has an address
 * (issue 14: Popolo's link.json requires a url).
 */
export class SourceDocumentText1795910000000 implements MigrationInterface {
  name = 'SourceDocumentText1795910000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "source_document" ADD "text" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "source_document" DROP COLUMN "text"`);
  }
}
