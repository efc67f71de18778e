import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Enterprises (one-file profiles, their history) and placement applications (with their status timeline). */

export class EnterprisesApplications1795960517294 implements MigrationInterface {
  name = 'EnterprisesApplications1795960517294';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "enterprises" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "uscc" character varying(18) NOT NULL,
                "name" character varying(200) NOT NULL,
                "contactName" character varying(100),
                "contactPhone" character varying(50),
                "contactEmail" character varying(254),
                "address" character varying(300),
                "registeredAt" date,
                "employees" integer,
                "techStaff" integer,
                "revenue" numeric,
                "rdExpense" numeric,
                "revenue3y" numeric,
                "rdExpense3y" numeric,
                "highTechRevenue" numeric,
                "totalAssets" numeric,
                "inventionPatents" integer,
                "otherIp" integer,
                "taxPaid" numeric,
                "industry" character varying(64),
                "chainSegment" character varying(96),
                "tier" character varying(16),
                "ownership" character varying(16),
                "isHighTechCertified" boolean,
                "inZone" boolean,
                "parkCode" character varying(64),
                "energyTce" numeric,
                "pollutionCategory" character varying(8),
                "seriousDishonesty" boolean,
                "majorIncidentLastYear" boolean,
                "factMeta" jsonb NOT NULL DEFAULT '{}',
                "sample" boolean NOT NULL DEFAULT false,
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "enterprise_numbers_not_negative" CHECK (
                    (
                        "employees" IS NULL
                        OR "employees" >= 0
                    )
                    AND (
                        "techStaff" IS NULL
                        OR "techStaff" >= 0
                    )
                    AND (
                        "revenue" IS NULL
                        OR "revenue" >= 0
                    )
                    AND (
                        "rdExpense" IS NULL
                        OR "rdExpense" >= 0
                    )
                    AND (
                        "revenue3y" IS NULL
                        OR "revenue3y" >= 0
                    )
                    AND (
                        "rdExpense3y" IS NULL
                        OR "rdExpense3y" >= 0
                    )
                    AND (
                        "highTechRevenue" IS NULL
                        OR "highTechRevenue" >= 0
                    )
                    AND (
                        "totalAssets" IS NULL
                        OR "totalAssets" >= 0
                    )
                    AND (
                        "inventionPatents" IS NULL
                        OR "inventionPatents" >= 0
                    )
                    AND (
                        "otherIp" IS NULL
                        OR "otherIp" >= 0
                    )
                    AND (
                        "taxPaid" IS NULL
                        OR "taxPaid" >= 0
                    )
                    AND (
                        "energyTce" IS NULL
                        OR "energyTce" >= 0
                    )
                ),
                CONSTRAINT "PK_a019e9afe6517b4f2a4588f2cce" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_742db30f179e2f58eff84b117a" ON "enterprises" ("uscc")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_8820cc9fd8a96da7f02ca7a3f7" ON "enterprises" ("industry")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_46981a3ff1c4a441f5d5435eaa" ON "enterprises" ("tier")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_96fb104d6e21b04a2dfdf876a9" ON "enterprises" ("parkCode")
        `);
    // Chinese substring search on the name (ILIKE '%…%'); pg_trgm comes from EnablePgTrgm. The
    // entity declares this index with synchronize: false, so schema diffs leave it alone.
    await queryRunner.query(`
            CREATE INDEX "IDX_enterprises_name_trgm" ON "enterprises" USING gin ("name" gin_trgm_ops)
        `);
    await queryRunner.query(`
            CREATE TABLE "placement_applications" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "enterpriseId" uuid NOT NULL,
                "kind" character varying(16) NOT NULL,
                "landMu" numeric,
                "floorSqm" numeric,
                "preferredParkIds" uuid array NOT NULL DEFAULT '{}',
                "summary" text NOT NULL DEFAULT '',
                "plannedInvestment" numeric,
                "jobs" integer,
                "expectedAnnualTax" numeric,
                "energyTce" numeric,
                "pollutionCategory" character varying(8),
                "desiredMoveIn" date,
                "status" character varying(16) NOT NULL DEFAULT 'DRAFT',
                "submittedAt" TIMESTAMP WITH TIME ZONE,
                "parkId" uuid,
                "reservedLandMu" numeric NOT NULL DEFAULT '0',
                "reservedFloorSqm" numeric NOT NULL DEFAULT '0',
                "decisionReason" text,
                "decidedAt" TIMESTAMP WITH TIME ZONE,
                "decidedBy" uuid,
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "application_amounts_not_negative" CHECK (
                    (
                        "landMu" IS NULL
                        OR "landMu" >= 0
                    )
                    AND (
                        "floorSqm" IS NULL
                        OR "floorSqm" >= 0
                    )
                    AND "reservedLandMu" >= 0
                    AND "reservedFloorSqm" >= 0
                ),
                CONSTRAINT "PK_99a5bfa346ca489f1ac5a694a9c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_cdecbc7331883153d957b4d157" ON "placement_applications" ("parkId")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_048d6becc8449c43f9b99f263a" ON "placement_applications" ("status", "createdAt")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_c642e304b63509042e28de42b3" ON "placement_applications" ("enterpriseId", "createdAt")
        `);
    await queryRunner.query(`
            CREATE TABLE "placement_application_status_changes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "applicationId" uuid NOT NULL,
                "from" character varying(16),
                "to" character varying(16) NOT NULL,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
                "actorId" uuid,
                "actorRole" character varying(32) NOT NULL,
                "note" text,
                CONSTRAINT "PK_82953fd1e25ed419017b5e415e8" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_198807646675dc02052aec9ef2" ON "placement_application_status_changes" ("applicationId", "at")
        `);
    await queryRunner.query(`
            CREATE TABLE "enterprise_profile_changes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "enterpriseId" uuid NOT NULL,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "actorId" uuid,
                "actorRole" character varying(32) NOT NULL,
                "kind" character varying(16) NOT NULL DEFAULT 'CHANGE',
                "fact" character varying(64) NOT NULL,
                "before" jsonb,
                "after" jsonb,
                "source" character varying(16),
                CONSTRAINT "PK_5b3cb9821f2a8a8bcc9ad625d22" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_6adb31e2f73836265cec562ae9" ON "enterprise_profile_changes" ("enterpriseId", "at")
        `);
    await queryRunner.query(`
            ALTER TABLE "placement_applications"
            ADD CONSTRAINT "FK_6d647581cecc0f0c3408a612cd0" FOREIGN KEY ("enterpriseId") REFERENCES "enterprises"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "placement_applications"
            ADD CONSTRAINT "FK_cdecbc7331883153d957b4d1577" FOREIGN KEY ("parkId") REFERENCES "parks"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "placement_application_status_changes"
            ADD CONSTRAINT "FK_2ff6466eb4a3eb726423274e7eb" FOREIGN KEY ("applicationId") REFERENCES "placement_applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "enterprise_profile_changes"
            ADD CONSTRAINT "FK_4f998dd150483b0cf84f3c1710f" FOREIGN KEY ("enterpriseId") REFERENCES "enterprises"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "enterprise_profile_changes" DROP CONSTRAINT "FK_4f998dd150483b0cf84f3c1710f"
        `);
    await queryRunner.query(`
            ALTER TABLE "placement_application_status_changes" DROP CONSTRAINT "FK_2ff6466eb4a3eb726423274e7eb"
        `);
    await queryRunner.query(`
            ALTER TABLE "placement_applications" DROP CONSTRAINT "FK_cdecbc7331883153d957b4d1577"
        `);
    await queryRunner.query(`
            ALTER TABLE "placement_applications" DROP CONSTRAINT "FK_6d647581cecc0f0c3408a612cd0"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_6adb31e2f73836265cec562ae9"
        `);
    await queryRunner.query(`
            DROP TABLE "enterprise_profile_changes"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_198807646675dc02052aec9ef2"
        `);
    await queryRunner.query(`
            DROP TABLE "placement_application_status_changes"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_c642e304b63509042e28de42b3"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_048d6becc8449c43f9b99f263a"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_cdecbc7331883153d957b4d157"
        `);
    await queryRunner.query(`
            DROP TABLE "placement_applications"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_enterprises_name_trgm"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_96fb104d6e21b04a2dfdf876a9"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_46981a3ff1c4a441f5d5435eaa"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_8820cc9fd8a96da7f02ca7a3f7"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_742db30f179e2f58eff84b117a"
        `);
    await queryRunner.query(`
            DROP TABLE "enterprises"
        `);
  }
}
