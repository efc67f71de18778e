import { MigrationInterface, QueryRunner } from 'typeorm';

export class IncubationLadder1796305727160 implements MigrationInterface {
  name = 'IncubationLadder1796305727160';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "incubation_stays" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "parkId" uuid NOT NULL,
                "enterpriseId" uuid,
                "companyName" character varying(200) NOT NULL,
                "uscc" character varying(18),
                "industryCode" character varying(64),
                "seats" integer,
                "floorSqm" numeric,
                "enteredOn" date NOT NULL,
                "endedOn" date,
                "status" character varying(16) NOT NULL DEFAULT 'IN_RESIDENCE',
                "nextParkId" uuid,
                "applicationId" uuid,
                "leadId" uuid,
                "note" text,
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "incubation_stay_ended_after_entry" CHECK (
                    "endedOn" IS NULL
                    OR "endedOn" >= "enteredOn"
                ),
                CONSTRAINT "incubation_stay_seats_positive" CHECK (
                    "seats" IS NULL
                    OR "seats" > 0
                ),
                CONSTRAINT "incubation_stay_floor_positive" CHECK (
                    "floorSqm" IS NULL
                    OR "floorSqm" > 0
                ),
                CONSTRAINT "PK_3058b829282c5524252eef6724a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "incubation_stay_one_open_per_enterprise" ON "incubation_stays" ("enterpriseId")
            WHERE "status" = 'IN_RESIDENCE'
                AND "enterpriseId" IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_587df76383d268418d088d629f" ON "incubation_stays" ("createdAt", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_9c1bbc9ec5fe3b23009ca6efeb" ON "incubation_stays" ("enterpriseId", "createdAt", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_7317f6f7b84ba82b54a21fce43" ON "incubation_stays" ("parkId", "createdAt", "id")
        `);
    await queryRunner.query(`
            ALTER TABLE "parks"
            ADD "outsideDistrict" boolean NOT NULL DEFAULT false
        `);
    await queryRunner.query(`
            ALTER TABLE "incubation_stays"
            ADD CONSTRAINT "FK_1f671e5573ff0069bb7bdf95296" FOREIGN KEY ("parkId") REFERENCES "parks"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "incubation_stays"
            ADD CONSTRAINT "FK_157aa0eb8c0ec284ad1a1d69057" FOREIGN KEY ("enterpriseId") REFERENCES "enterprises"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "incubation_stays" DROP CONSTRAINT "FK_157aa0eb8c0ec284ad1a1d69057"
        `);
    await queryRunner.query(`
            ALTER TABLE "incubation_stays" DROP CONSTRAINT "FK_1f671e5573ff0069bb7bdf95296"
        `);
    await queryRunner.query(`
            ALTER TABLE "parks" DROP COLUMN "outsideDistrict"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_7317f6f7b84ba82b54a21fce43"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_9c1bbc9ec5fe3b23009ca6efeb"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_587df76383d268418d088d629f"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."incubation_stay_one_open_per_enterprise"
        `);
    await queryRunner.query(`
            DROP TABLE "incubation_stays"
        `);
  }
}
