import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A source document names the document record that keeps its report (issue 16): once that
 * document is published, its file is the source's address everywhere one is given. Deleting the
 * document unlinks it (the address falls back to the text copy); DEFERRABLE like every foreign key.
 */
export class SourceReportDocument1796200000000 implements MigrationInterface {
  name = 'SourceReportDocument1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "source_document" ADD "report_document_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "source_document" ADD CONSTRAINT "FK_e98120b315c1a396fb5d9ce8149" FOREIGN KEY ("report_document_id") REFERENCES "document"("id") ON DELETE SET NULL ON UPDATE NO ACTION DEFERRABLE INITIALLY IMMEDIATE`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "source_document" DROP CONSTRAINT "FK_e98120b315c1a396fb5d9ce8149"`);
    await queryRunner.query(`ALTER TABLE "source_document" DROP COLUMN "report_document_id"`);
  }
}
