import { MigrationInterface, QueryRunner } from 'typeorm';

export class LeadEnquiries1796201541622 implements MigrationInterface {
  name = 'LeadEnquiries1796201541622';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "leads"
            ADD "enquiryReceivedAt" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "leads"
            ADD "responseDueAt" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "leads"
            ADD "firstResponseAt" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_86b16993c0f2193e748d02709c" ON "leads" ("responseDueAt")
            WHERE "firstResponseAt" IS NULL
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_86b16993c0f2193e748d02709c"
        `);
    await queryRunner.query(`
            ALTER TABLE "leads" DROP COLUMN "firstResponseAt"
        `);
    await queryRunner.query(`
            ALTER TABLE "leads" DROP COLUMN "responseDueAt"
        `);
    await queryRunner.query(`
            ALTER TABLE "leads" DROP COLUMN "enquiryReceivedAt"
        `);
  }
}
