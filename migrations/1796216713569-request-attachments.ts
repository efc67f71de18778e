import { MigrationInterface, QueryRunner } from 'typeorm';

export class RequestAttachments1796216713569 implements MigrationInterface {
  name = 'RequestAttachments1796216713569';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_74bfd6c451ed4ace302e4218a8"
        `);
    await queryRunner.query(`
            CREATE TABLE "stored_files" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "ownerKind" character varying(32) NOT NULL,
                "ownerId" uuid NOT NULL,
                "name" character varying(255) NOT NULL,
                "size" integer NOT NULL,
                "contentType" character varying(100) NOT NULL,
                "sha256" character(64) NOT NULL,
                "storageName" character varying(80) NOT NULL,
                "uploaderId" uuid,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_807b00c98f43aac0e249c66f990" UNIQUE ("storageName"),
                CONSTRAINT "PK_5d5be862bf53851c1794b4adf4e" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_ffec3ca7331f8d52f996d25a87" ON "stored_files" ("ownerKind", "ownerId", "createdAt")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_enterprise_requests_awaiting_answer" ON "enterprise_requests" ("responseDueAt")
            WHERE "status" = 'OPEN'
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_enterprise_requests_awaiting_answer"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_ffec3ca7331f8d52f996d25a87"
        `);
    await queryRunner.query(`
            DROP TABLE "stored_files"
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_74bfd6c451ed4ace302e4218a8" ON "enterprise_requests" USING btree ("responseDueAt")
            WHERE ("firstAnsweredAt" IS NULL)
        `);
  }
}
