import { MigrationInterface, QueryRunner } from 'typeorm';

export class EnterpriseImports1796232400175 implements MigrationInterface {
  name = 'EnterpriseImports1796232400175';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "enterprise_imports" (
                "id" uuid NOT NULL,
                "status" character varying(16) NOT NULL DEFAULT 'RUNNING',
                "total" integer NOT NULL DEFAULT '0',
                "done" integer NOT NULL DEFAULT '0',
                "startedBy" uuid,
                "startedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "finishedAt" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "enterprise_import_counts_not_negative" CHECK (
                    "total" >= 0
                    AND "done" >= 0
                ),
                CONSTRAINT "PK_282690aad460bd55ad0ba701cb8" PRIMARY KEY ("id")
            )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP TABLE "enterprise_imports"
        `);
  }
}
