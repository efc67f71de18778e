import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795958785301 implements MigrationInterface {
  name = 'InitialSchema1795958785301';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "audit_log" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "actorId" uuid,
                "actorRole" character varying(32) NOT NULL,
                "action" character varying(64) NOT NULL,
                "entity" character varying(64) NOT NULL,
                "entityId" character varying(64) NOT NULL,
                "before" jsonb,
                "after" jsonb,
                CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_ba27cef5b8b2b1a756e06ebcc5" ON "audit_log" ("at")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_cb6aa6f6fd56f08eafb6031622" ON "audit_log" ("actorId")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_951e6339a77994dfbad976b35c" ON "audit_log" ("action")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_e3a9d2038eafa6c7cfe9e40853" ON "audit_log" ("entity", "entityId")
        `);
    await queryRunner.query(`
            CREATE TABLE "outbox" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "queue" character varying(32) NOT NULL,
                "name" character varying(64) NOT NULL,
                "payload" jsonb NOT NULL,
                "status" character varying(16) NOT NULL DEFAULT 'PENDING',
                "attempts" integer NOT NULL DEFAULT '0',
                "availableAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "dispatchedAt" TIMESTAMP WITH TIME ZONE,
                "lastError" text,
                CONSTRAINT "PK_340ab539f309f03bdaa14aa7649" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_fbf04baf886203d8c32f612e35" ON "outbox" ("status", "availableAt")
        `);
    await queryRunner.query(`
            CREATE TABLE "industries" (
                "code" character varying(64) NOT NULL,
                "name" character varying(100) NOT NULL,
                "nameEn" character varying(150) NOT NULL,
                "category" character varying(32) NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "descriptionEn" text NOT NULL DEFAULT '',
                "planRef" character varying(100) NOT NULL DEFAULT '',
                "sortOrder" integer NOT NULL DEFAULT '0',
                CONSTRAINT "PK_afc1ff553ae4dfc3502ccb363d0" PRIMARY KEY ("code")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "chain_segments" (
                "code" character varying(96) NOT NULL,
                "industryCode" character varying(64) NOT NULL,
                "name" character varying(100) NOT NULL,
                "nameEn" character varying(150) NOT NULL,
                "sortOrder" integer NOT NULL DEFAULT '0',
                CONSTRAINT "PK_33194bdd2512a65bb5adb55401c" PRIMARY KEY ("code")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_f0438e00c3439ef3649fa64353" ON "chain_segments" ("industryCode")
        `);
    await queryRunner.query(`
            CREATE TABLE "notifications" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "userId" uuid NOT NULL,
                "kind" character varying(64) NOT NULL,
                "dedupeKey" character varying(200) NOT NULL,
                "title" character varying(200) NOT NULL,
                "titleEn" character varying(200) NOT NULL,
                "body" text NOT NULL,
                "bodyEn" text NOT NULL,
                "data" jsonb NOT NULL DEFAULT '{}',
                "readAt" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_692a909ee0fa9383e7859f9b40" ON "notifications" ("userId")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_c62de5d9997d20f505ce779812" ON "notifications" ("userId", "dedupeKey")
        `);
    await queryRunner.query(`
            CREATE TABLE "parks" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "code" character varying(64) NOT NULL,
                "name" character varying(100) NOT NULL,
                "nameEn" character varying(150) NOT NULL,
                "kind" character varying(32) NOT NULL,
                "level" character varying(16) NOT NULL,
                "parentId" uuid,
                "positioning" text NOT NULL DEFAULT '',
                "positioningEn" text NOT NULL DEFAULT '',
                "planRef" character varying(100) NOT NULL DEFAULT '',
                "targetIndustries" text array NOT NULL DEFAULT '{}',
                "forbiddenIndustries" text array NOT NULL DEFAULT '{}',
                "forbidsThreeHigh" boolean NOT NULL DEFAULT true,
                "maxPollution" character varying(8) NOT NULL DEFAULT 'MEDIUM',
                "maxEnergyTce" numeric,
                "totalLandMu" numeric NOT NULL DEFAULT '0',
                "freeLandMu" numeric NOT NULL DEFAULT '0',
                "totalFloorSqm" numeric NOT NULL DEFAULT '0',
                "freeFloorSqm" numeric NOT NULL DEFAULT '0',
                "servedTiers" text array NOT NULL DEFAULT '{}',
                "infrastructure" text array NOT NULL DEFAULT '{}',
                "lng" double precision NOT NULL,
                "lat" double precision NOT NULL,
                "sampleFields" text array NOT NULL DEFAULT '{}',
                "version" integer NOT NULL DEFAULT '1',
                "sortOrder" integer NOT NULL DEFAULT '0',
                "active" boolean NOT NULL DEFAULT true,
                CONSTRAINT "park_free_floor_not_negative" CHECK ("freeFloorSqm" >= 0),
                CONSTRAINT "park_free_land_not_negative" CHECK ("freeLandMu" >= 0),
                CONSTRAINT "PK_035f21558c39565edbf33f03210" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_c20a0a7c0de901f36e14a32ea6" ON "parks" ("code")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_6657a976ab4408fbe32e3f5c64" ON "parks" ("parentId")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."user_role" AS ENUM('ADMIN', 'BUREAU_STAFF', 'ENTERPRISE')
        `);
    await queryRunner.query(`
            CREATE TABLE "users" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "email" character varying(254) NOT NULL,
                "name" character varying(100) NOT NULL,
                "role" "public"."user_role" NOT NULL,
                "passwordHash" character varying(255) NOT NULL,
                "enterpriseId" uuid,
                "active" boolean NOT NULL DEFAULT true,
                CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_97672ac88f789774dd47f7c8be" ON "users" ("email")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_9f970e64feeab997299d939593" ON "users" ("enterpriseId")
        `);
    await queryRunner.query(`
            ALTER TABLE "chain_segments"
            ADD CONSTRAINT "FK_f0438e00c3439ef3649fa643538" FOREIGN KEY ("industryCode") REFERENCES "industries"("code") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "parks"
            ADD CONSTRAINT "FK_6657a976ab4408fbe32e3f5c64f" FOREIGN KEY ("parentId") REFERENCES "parks"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "parks" DROP CONSTRAINT "FK_6657a976ab4408fbe32e3f5c64f"
        `);
    await queryRunner.query(`
            ALTER TABLE "chain_segments" DROP CONSTRAINT "FK_f0438e00c3439ef3649fa643538"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_9f970e64feeab997299d939593"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_97672ac88f789774dd47f7c8be"
        `);
    await queryRunner.query(`
            DROP TABLE "users"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."user_role"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_6657a976ab4408fbe32e3f5c64"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_c20a0a7c0de901f36e14a32ea6"
        `);
    await queryRunner.query(`
            DROP TABLE "parks"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_c62de5d9997d20f505ce779812"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_692a909ee0fa9383e7859f9b40"
        `);
    await queryRunner.query(`
            DROP TABLE "notifications"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_f0438e00c3439ef3649fa64353"
        `);
    await queryRunner.query(`
            DROP TABLE "chain_segments"
        `);
    await queryRunner.query(`
            DROP TABLE "industries"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_fbf04baf886203d8c32f612e35"
        `);
    await queryRunner.query(`
            DROP TABLE "outbox"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_e3a9d2038eafa6c7cfe9e40853"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_951e6339a77994dfbad976b35c"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_cb6aa6f6fd56f08eafb6031622"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_ba27cef5b8b2b1a756e06ebcc5"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_log"
        `);
  }
}
