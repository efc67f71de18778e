import { MigrationInterface, QueryRunner } from 'typeorm';

export class LeadActualsAndSamples1796215596634 implements MigrationInterface {
  name = 'LeadActualsAndSamples1796215596634';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "lead_actuals" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "leadId" uuid NOT NULL,
                "year" integer NOT NULL,
                "investmentPaid" numeric,
                "hires" integer,
                "taxPaid" numeric,
                "note" text,
                "recordedById" uuid,
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "UQ_lead_actuals_lead_year" UNIQUE ("leadId", "year"),
                CONSTRAINT "lead_actuals_not_negative" CHECK (
                    (
                        "investmentPaid" IS NULL
                        OR "investmentPaid" >= 0
                    )
                    AND (
                        "hires" IS NULL
                        OR "hires" >= 0
                    )
                    AND (
                        "taxPaid" IS NULL
                        OR "taxPaid" >= 0
                    )
                ),
                CONSTRAINT "PK_88cb7f470bcea54ddd9f7147476" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "leads"
            ADD "sample" boolean NOT NULL DEFAULT false
        `);
    await queryRunner.query(`
            ALTER TABLE "enterprise_requests"
            ADD "sample" boolean NOT NULL DEFAULT false
        `);
    await queryRunner.query(`
            ALTER TABLE "lead_actuals"
            ADD CONSTRAINT "FK_c594662661a11851759fb139d48" FOREIGN KEY ("leadId") REFERENCES "leads"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "lead_actuals" DROP CONSTRAINT "FK_c594662661a11851759fb139d48"
        `);
    await queryRunner.query(`
            ALTER TABLE "enterprise_requests" DROP COLUMN "sample"
        `);
    await queryRunner.query(`
            ALTER TABLE "leads" DROP COLUMN "sample"
        `);
    await queryRunner.query(`
            DROP TABLE "lead_actuals"
        `);
  }
}
