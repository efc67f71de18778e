import { MigrationInterface, QueryRunner } from 'typeorm';

export class MatchRunChunkWorker1796196848808 implements MigrationInterface {
  name = 'MatchRunChunkWorker1796196848808';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "match_run_chunks"
            ADD "finishedBy" character varying(100)
        `);
    await queryRunner.query(`
            ALTER TABLE "match_run_chunks"
            ADD "attempt" integer
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "match_run_chunks" DROP COLUMN "attempt"
        `);
    await queryRunner.query(`
            ALTER TABLE "match_run_chunks" DROP COLUMN "finishedBy"
        `);
  }
}
