import { MigrationInterface, QueryRunner } from 'typeorm';

export class EnterpriseRequests1796200267212 implements MigrationInterface {
  name = 'EnterpriseRequests1796200267212';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "enterprise_requests" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "enterpriseId" uuid NOT NULL,
                "kind" character varying(16) NOT NULL,
                "subject" character varying(200) NOT NULL,
                "body" text NOT NULL,
                "status" character varying(16) NOT NULL DEFAULT 'OPEN',
                "ownerId" uuid,
                "responseDueAt" TIMESTAMP WITH TIME ZONE NOT NULL,
                "firstAnsweredAt" TIMESTAMP WITH TIME ZONE,
                "resolvedAt" TIMESTAMP WITH TIME ZONE,
                "satisfaction" integer,
                "satisfactionNote" text,
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "request_satisfaction_1_to_5" CHECK (
                    "satisfaction" IS NULL
                    OR "satisfaction" BETWEEN 1 AND 5
                ),
                CONSTRAINT "PK_20519c8e4ec2352af206f0260fb" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_74bfd6c451ed4ace302e4218a8" ON "enterprise_requests" ("responseDueAt")
            WHERE "firstAnsweredAt" IS NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_e5f1f6dd4f1ebe09acfedeb0d9" ON "enterprise_requests" ("status", "createdAt")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_152bc8e45934e8640b1f24ed58" ON "enterprise_requests" ("enterpriseId", "createdAt")
        `);
    await queryRunner.query(`
            CREATE TABLE "enterprise_request_messages" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "requestId" uuid NOT NULL,
                "authorId" uuid,
                "authorRole" character varying(32) NOT NULL,
                "body" text NOT NULL,
                "internal" boolean NOT NULL DEFAULT false,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
                CONSTRAINT "PK_f3ab77b17d0790220fa48c973a6" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_1e9ea2c82615547cbc7d959a44" ON "enterprise_request_messages" ("requestId", "createdAt")
        `);
    await queryRunner.query(`
            ALTER TABLE "enterprise_requests"
            ADD CONSTRAINT "FK_45695c31e71014ca1cee4ce4908" FOREIGN KEY ("enterpriseId") REFERENCES "enterprises"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "enterprise_request_messages"
            ADD CONSTRAINT "FK_5391d0314265d45a1000f7249c8" FOREIGN KEY ("requestId") REFERENCES "enterprise_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "enterprise_request_messages" DROP CONSTRAINT "FK_5391d0314265d45a1000f7249c8"
        `);
    await queryRunner.query(`
            ALTER TABLE "enterprise_requests" DROP CONSTRAINT "FK_45695c31e71014ca1cee4ce4908"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_1e9ea2c82615547cbc7d959a44"
        `);
    await queryRunner.query(`
            DROP TABLE "enterprise_request_messages"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_152bc8e45934e8640b1f24ed58"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_e5f1f6dd4f1ebe09acfedeb0d9"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_74bfd6c451ed4ace302e4218a8"
        `);
    await queryRunner.query(`
            DROP TABLE "enterprise_requests"
        `);
  }
}
