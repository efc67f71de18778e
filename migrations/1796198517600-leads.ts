import { MigrationInterface, QueryRunner } from 'typeorm';

export class Leads1796198517600 implements MigrationInterface {
  name = 'Leads1796198517600';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "leads" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "companyName" character varying(200) NOT NULL,
                "uscc" character varying(18),
                "origin" character varying(100),
                "ownership" character varying(16),
                "targetFlags" character varying array NOT NULL DEFAULT '{}',
                "contacts" jsonb NOT NULL DEFAULT '[]',
                "source" character varying(32) NOT NULL,
                "sourceDetail" character varying(200),
                "industryCode" character varying(64),
                "chainSegment" character varying(96),
                "summary" text NOT NULL DEFAULT '',
                "plannedInvestment" numeric,
                "jobs" integer,
                "expectedAnnualTax" numeric,
                "landMu" numeric,
                "floorSqm" numeric,
                "pollutionCategory" character varying(8),
                "targetParkId" uuid,
                "ownerId" uuid,
                "probability" integer,
                "expectedSigningDate" date,
                "nextAction" text,
                "nextActionDate" date,
                "tags" character varying array NOT NULL DEFAULT '{}',
                "enterpriseId" uuid,
                "stage" character varying(16) NOT NULL DEFAULT 'LEAD',
                "stageChangedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "lostFromStage" character varying(16),
                "lostReason" text,
                "signedOn" date,
                "contractedInvestment" numeric,
                "contractedJobs" integer,
                "contractedAnnualTax" numeric,
                "constructionStartedOn" date,
                "operatingSince" date,
                "score" integer,
                "scoreComponents" jsonb,
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "lead_probability_percent" CHECK (
                    "probability" IS NULL
                    OR "probability" BETWEEN 0 AND 100
                ),
                CONSTRAINT "lead_numbers_not_negative" CHECK (
                    (
                        "plannedInvestment" IS NULL
                        OR "plannedInvestment" >= 0
                    )
                    AND (
                        "jobs" IS NULL
                        OR "jobs" >= 0
                    )
                    AND (
                        "expectedAnnualTax" IS NULL
                        OR "expectedAnnualTax" >= 0
                    )
                    AND (
                        "landMu" IS NULL
                        OR "landMu" >= 0
                    )
                    AND (
                        "floorSqm" IS NULL
                        OR "floorSqm" >= 0
                    )
                    AND (
                        "contractedInvestment" IS NULL
                        OR "contractedInvestment" >= 0
                    )
                    AND (
                        "contractedJobs" IS NULL
                        OR "contractedJobs" >= 0
                    )
                    AND (
                        "contractedAnnualTax" IS NULL
                        OR "contractedAnnualTax" >= 0
                    )
                ),
                CONSTRAINT "PK_cd102ed7a9a4ca7d4d8bfeba406" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_1d8199e882cfe45430f3648747" ON "leads" ("industryCode")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_cf5d36b4c4a52eadbc01ec6c61" ON "leads" ("uscc")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_6c4680d743055493e7d9bdead5" ON "leads" ("ownerId", "nextActionDate")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_bbb5ace209d49a422e04732074" ON "leads" ("stage", "createdAt")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_cfbbd1d9c7b9fb83b4ccbf4c0d" ON "leads" ("createdAt")
        `);
    // Chinese substring search and duplicate detection on the name (pg_trgm); the entity declares
    // this index with synchronize: false, so schema diffs leave it alone.
    await queryRunner.query(`
            CREATE INDEX "IDX_leads_company_name_trgm" ON "leads" USING gin ("companyName" gin_trgm_ops)
        `);
    await queryRunner.query(`
            CREATE TABLE "lead_activities" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "leadId" uuid NOT NULL,
                "kind" character varying(16) NOT NULL,
                "occurredAt" TIMESTAMP WITH TIME ZONE NOT NULL,
                "summary" text NOT NULL,
                "participants" character varying array NOT NULL DEFAULT '{}',
                "followUpOn" date,
                "actorId" uuid,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_1aa1cc6988a817368568ca26bf1" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_c6ded224bb9774f43344f2d476" ON "lead_activities" ("leadId", "occurredAt")
        `);
    await queryRunner.query(`
            CREATE TABLE "lead_stage_changes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "leadId" uuid NOT NULL,
                "from" character varying(16),
                "to" character varying(16) NOT NULL,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
                "actorId" uuid,
                "note" text,
                CONSTRAINT "PK_0c49a9fca8b2a83177d238f8e10" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_9c6b26c1c554f5570a35121aed" ON "lead_stage_changes" ("leadId", "at")
        `);
    await queryRunner.query(`
            ALTER TABLE "leads"
            ADD CONSTRAINT "FK_411f5bf669eec018951339e904d" FOREIGN KEY ("targetParkId") REFERENCES "parks"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "leads"
            ADD CONSTRAINT "FK_d673803d4443e1bfe47d11c45be" FOREIGN KEY ("ownerId") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "leads"
            ADD CONSTRAINT "FK_c1a815f40315ab9fb03265c8390" FOREIGN KEY ("enterpriseId") REFERENCES "enterprises"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "lead_activities"
            ADD CONSTRAINT "FK_e9bae3444c9d4f23c8b8e4aa69a" FOREIGN KEY ("leadId") REFERENCES "leads"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "lead_stage_changes"
            ADD CONSTRAINT "FK_65768a02f3f16b47e335a0a7b2f" FOREIGN KEY ("leadId") REFERENCES "leads"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_leads_company_name_trgm"
        `);
    await queryRunner.query(`
            ALTER TABLE "lead_stage_changes" DROP CONSTRAINT "FK_65768a02f3f16b47e335a0a7b2f"
        `);
    await queryRunner.query(`
            ALTER TABLE "lead_activities" DROP CONSTRAINT "FK_e9bae3444c9d4f23c8b8e4aa69a"
        `);
    await queryRunner.query(`
            ALTER TABLE "leads" DROP CONSTRAINT "FK_c1a815f40315ab9fb03265c8390"
        `);
    await queryRunner.query(`
            ALTER TABLE "leads" DROP CONSTRAINT "FK_d673803d4443e1bfe47d11c45be"
        `);
    await queryRunner.query(`
            ALTER TABLE "leads" DROP CONSTRAINT "FK_411f5bf669eec018951339e904d"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_9c6b26c1c554f5570a35121aed"
        `);
    await queryRunner.query(`
            DROP TABLE "lead_stage_changes"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_c6ded224bb9774f43344f2d476"
        `);
    await queryRunner.query(`
            DROP TABLE "lead_activities"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_cfbbd1d9c7b9fb83b4ccbf4c0d"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_bbb5ace209d49a422e04732074"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_6c4680d743055493e7d9bdead5"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_cf5d36b4c4a52eadbc01ec6c61"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_1d8199e882cfe45430f3648747"
        `);
    await queryRunner.query(`
            DROP TABLE "leads"
        `);
  }
}
