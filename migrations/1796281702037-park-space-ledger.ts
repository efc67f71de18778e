import { MigrationInterface, QueryRunner } from 'typeorm';

export class ParkSpaceLedger1796281702037 implements MigrationInterface {
  name = 'ParkSpaceLedger1796281702037';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "park_space_entries" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "parkId" uuid NOT NULL,
                "seq" BIGSERIAL NOT NULL,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
                "kind" character varying(16) NOT NULL,
                "landMuDelta" numeric NOT NULL DEFAULT '0',
                "floorSqmDelta" numeric NOT NULL DEFAULT '0',
                "freeLandMuAfter" numeric NOT NULL,
                "freeFloorSqmAfter" numeric NOT NULL,
                "actorId" uuid,
                "actorRole" character varying(32) NOT NULL,
                "applicationId" uuid,
                "enterpriseId" uuid,
                "reason" text,
                CONSTRAINT "PK_772db59488aab0cfd7dbd4da22b" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_090ce86576a5879972c6bcd2c8" ON "park_space_entries" ("parkId", "enterpriseId")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_56cac45fa9a67979bd43247d61" ON "park_space_entries" ("parkId", "seq", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_a95d808d82f2a6d1aedbd7d707" ON "enterprises" ("parkCode", "name", "id")
        `);
    await queryRunner.query(`
            ALTER TABLE "park_space_entries"
            ADD CONSTRAINT "FK_3ffdd3e45b5376f1261de343049" FOREIGN KEY ("parkId") REFERENCES "parks"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "park_space_entries" DROP CONSTRAINT "FK_3ffdd3e45b5376f1261de343049"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_a95d808d82f2a6d1aedbd7d707"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_56cac45fa9a67979bd43247d61"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_090ce86576a5879972c6bcd2c8"
        `);
    await queryRunner.query(`
            DROP TABLE "park_space_entries"
        `);
  }
}
