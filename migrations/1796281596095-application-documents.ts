import { MigrationInterface, QueryRunner } from 'typeorm';

export class ApplicationDocuments1796281596095 implements MigrationInterface {
  name = 'ApplicationDocuments1796281596095';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "stored_files"
            ADD "category" character varying(32)
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "stored_files" DROP COLUMN "category"
        `);
  }
}
