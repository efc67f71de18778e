import { MigrationInterface, QueryRunner } from 'typeorm';

export class LandPlots1796293191999 implements MigrationInterface {
  name = 'LandPlots1796293191999';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "land_plots" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "code" character varying(64) NOT NULL,
                "parkId" uuid NOT NULL,
                "areaMu" numeric NOT NULL,
                "holderEnterpriseId" uuid,
                "holderName" character varying(200),
                "status" character varying(16) NOT NULL,
                "disposalRoute" character varying(16),
                "idleSince" date,
                "recoveryStartedOn" date,
                "recoveredOn" date,
                "reassignedOn" date,
                "lng" double precision,
                "lat" double precision,
                "note" text,
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "land_plot_area_positive" CHECK ("areaMu" > 0),
                CONSTRAINT "PK_dee1ae6597eab4f620b2a7f93fe" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_f7fa95f50c72f23c3b0378a56d" ON "land_plots" ("code")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_e13cc60eb7578607db6d7cec3c" ON "land_plots" ("disposalRoute", "createdAt", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_a3aea06ef43946285d52300327" ON "land_plots" ("status", "createdAt", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_376d1f09ba87db8356ef802ca0" ON "land_plots" ("parkId", "createdAt", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_91298262c30a3c429cf530f7db" ON "land_plots" ("createdAt", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "land_plot_changes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "plotId" uuid NOT NULL,
                "seq" BIGSERIAL NOT NULL,
                "parkId" uuid NOT NULL,
                "fromStatus" character varying(16),
                "toStatus" character varying(16) NOT NULL,
                "areaMu" numeric NOT NULL,
                "disposalRoute" character varying(16),
                "effectiveOn" date NOT NULL,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
                "actorId" uuid,
                "note" text,
                CONSTRAINT "PK_ad10f118d088005710d640959fc" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_39d9c82b9cab8f402348d06f6b" ON "land_plot_changes" ("parkId", "effectiveOn")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_59fa8da79e410c2fbdd857494f" ON "land_plot_changes" ("plotId", "effectiveOn", "seq")
        `);
    await queryRunner.query(`
            ALTER TABLE "park_space_entries"
            ADD "landPlotId" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "land_plots"
            ADD CONSTRAINT "FK_f0a38969015747014b67028eb06" FOREIGN KEY ("parkId") REFERENCES "parks"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "land_plots"
            ADD CONSTRAINT "FK_096f168af0da6627dd0a5bd7f86" FOREIGN KEY ("holderEnterpriseId") REFERENCES "enterprises"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "land_plot_changes"
            ADD CONSTRAINT "FK_737d3deaceb54c3a5d0747c68f7" FOREIGN KEY ("plotId") REFERENCES "land_plots"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "land_plot_changes" DROP CONSTRAINT "FK_737d3deaceb54c3a5d0747c68f7"
        `);
    await queryRunner.query(`
            ALTER TABLE "land_plots" DROP CONSTRAINT "FK_096f168af0da6627dd0a5bd7f86"
        `);
    await queryRunner.query(`
            ALTER TABLE "land_plots" DROP CONSTRAINT "FK_f0a38969015747014b67028eb06"
        `);
    await queryRunner.query(`
            ALTER TABLE "park_space_entries" DROP COLUMN "landPlotId"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_59fa8da79e410c2fbdd857494f"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_39d9c82b9cab8f402348d06f6b"
        `);
    await queryRunner.query(`
            DROP TABLE "land_plot_changes"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_91298262c30a3c429cf530f7db"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_376d1f09ba87db8356ef802ca0"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_a3aea06ef43946285d52300327"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_e13cc60eb7578607db6d7cec3c"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_f7fa95f50c72f23c3b0378a56d"
        `);
    await queryRunner.query(`
            DROP TABLE "land_plots"
        `);
  }
}
