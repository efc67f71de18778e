import { MigrationInterface, QueryRunner } from 'typeorm';

export class Policies1795960362718 implements MigrationInterface {
  name = 'Policies1795960362718';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "policies" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "code" character varying(64) NOT NULL,
                "version" integer NOT NULL,
                "status" character varying(16) NOT NULL,
                "kind" character varying(16) NOT NULL,
                "title" character varying(200) NOT NULL,
                "titleEn" character varying(300) NOT NULL,
                "summary" text NOT NULL DEFAULT '',
                "summaryEn" text NOT NULL DEFAULT '',
                "issuingDepartment" character varying(200) NOT NULL DEFAULT '',
                "documentNumber" character varying(100) NOT NULL DEFAULT '',
                "sourceUrl" character varying(500) NOT NULL DEFAULT '',
                "targetIndustries" text array NOT NULL DEFAULT '{}',
                "targetParks" text array NOT NULL DEFAULT '{}',
                "targetTiers" text array NOT NULL DEFAULT '{}',
                "criteria" jsonb NOT NULL,
                "benefitFormula" jsonb NOT NULL,
                "maxBenefit" numeric,
                "stackingGroup" character varying(64),
                "applicationDeadline" date,
                "effectiveFrom" date,
                "effectiveTo" date,
                "isExample" boolean NOT NULL DEFAULT false,
                "testCases" jsonb NOT NULL DEFAULT '[]',
                "publishedAt" TIMESTAMP WITH TIME ZONE,
                "publishedById" uuid,
                "engineVersion" character varying(32),
                "retiredAt" TIMESTAMP WITH TIME ZONE,
                "rowVersion" integer NOT NULL DEFAULT '1',
                CONSTRAINT "policy_max_benefit_not_negative" CHECK (
                    "maxBenefit" IS NULL
                    OR "maxBenefit" >= 0
                ),
                CONSTRAINT "policy_version_positive" CHECK ("version" >= 1),
                CONSTRAINT "PK_603e09f183df0108d8695c57e28" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_policies_status" ON "policies" ("status")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_policies_one_draft" ON "policies" ("code")
            WHERE "status" = 'DRAFT'
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_policies_one_published" ON "policies" ("code")
            WHERE "status" = 'PUBLISHED'
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_policies_code_version" ON "policies" ("code", "version")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."UQ_policies_code_version"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_policies_one_published"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_policies_one_draft"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_policies_status"
        `);
    await queryRunner.query(`
            DROP TABLE "policies"
        `);
  }
}
