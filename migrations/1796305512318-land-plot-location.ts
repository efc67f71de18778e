import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A plot's location is both coordinates or neither, in China's range like a park's (lng 73–135,
 * lat 18–54); a location that is not is cleared first (the map then puts the plot at its park).
 * Demo plots are flagged sample, like the demo enterprises.
 */
export class LandPlotLocation1796305512318 implements MigrationInterface {
  name = 'LandPlotLocation1796305512318';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            UPDATE "land_plots" SET "lng" = NULL, "lat" = NULL
             WHERE NOT (("lng" IS NULL AND "lat" IS NULL) OR ("lng" BETWEEN 73 AND 135 AND "lat" BETWEEN 18 AND 54))
        `);
    await queryRunner.query(`
            ALTER TABLE "land_plots"
            ADD "sample" boolean NOT NULL DEFAULT false
        `);
    await queryRunner.query(`
            ALTER TABLE "land_plots"
            ADD CONSTRAINT "land_plot_location" CHECK (
                    (
                        "lng" IS NULL
                        AND "lat" IS NULL
                    )
                    OR (
                        "lng" BETWEEN 73 AND 135
                        AND "lat" BETWEEN 18 AND 54
                    )
                )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "land_plots" DROP CONSTRAINT "land_plot_location"
        `);
    await queryRunner.query(`
            ALTER TABLE "land_plots" DROP COLUMN "sample"
        `);
  }
}
