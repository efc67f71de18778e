import { MigrationInterface, QueryRunner } from 'typeorm';

export class LeadCommitmentsAftercare1796216501556 implements MigrationInterface {
  name = 'LeadCommitmentsAftercare1796216501556';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "lead_aftercare_visits" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "leadId" uuid NOT NULL,
                "dueOn" date NOT NULL,
                "status" character varying(16) NOT NULL DEFAULT 'PLANNED',
                "doneOn" date,
                "summary" text,
                "assigneeId" uuid,
                "closedById" uuid,
                "version" integer NOT NULL DEFAULT '1',
                CONSTRAINT "PK_5fa7fefa914a042e84ada219528" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_lead_aftercare_visits_due" ON "lead_aftercare_visits" ("dueOn")
            WHERE "status" = 'PLANNED'
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_lead_aftercare_visits_planned" ON "lead_aftercare_visits" ("leadId")
            WHERE "status" = 'PLANNED'
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_ff876aaa6b9ebe00e4abfe24c9" ON "lead_aftercare_visits" ("leadId", "dueOn")
        `);
    await queryRunner.query(`
            ALTER TABLE "leads"
            ADD "commitmentShortfall" boolean NOT NULL DEFAULT false
        `);
    await queryRunner.query(`
            ALTER TABLE "leads"
            ADD "expansionIntent" boolean NOT NULL DEFAULT false
        `);
    await queryRunner.query(`
            ALTER TABLE "leads"
            ADD "atRisk" boolean NOT NULL DEFAULT false
        `);
    await queryRunner.query(`
            ALTER TABLE "leads"
            ADD "atRiskReason" text
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_leads_at_risk_created" ON "leads" ("createdAt")
            WHERE "atRisk"
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_leads_expansion_created" ON "leads" ("createdAt")
            WHERE "expansionIntent"
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_leads_shortfall_created" ON "leads" ("createdAt")
            WHERE "commitmentShortfall"
        `);
    await queryRunner.query(`
            ALTER TABLE "lead_aftercare_visits"
            ADD CONSTRAINT "FK_88075b52c649d80260ec82c6ef1" FOREIGN KEY ("leadId") REFERENCES "leads"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "lead_aftercare_visits" DROP CONSTRAINT "FK_88075b52c649d80260ec82c6ef1"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_leads_shortfall_created"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_leads_expansion_created"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_leads_at_risk_created"
        `);
    await queryRunner.query(`
            ALTER TABLE "leads" DROP COLUMN "atRiskReason"
        `);
    await queryRunner.query(`
            ALTER TABLE "leads" DROP COLUMN "atRisk"
        `);
    await queryRunner.query(`
            ALTER TABLE "leads" DROP COLUMN "expansionIntent"
        `);
    await queryRunner.query(`
            ALTER TABLE "leads" DROP COLUMN "commitmentShortfall"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_ff876aaa6b9ebe00e4abfe24c9"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_lead_aftercare_visits_planned"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_lead_aftercare_visits_due"
        `);
    await queryRunner.query(`
            DROP TABLE "lead_aftercare_visits"
        `);
  }
}
