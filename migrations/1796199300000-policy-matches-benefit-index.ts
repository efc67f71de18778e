import { MigrationInterface, QueryRunner } from 'typeorm';

export class PolicyMatchesBenefitIndex1796199300000 implements MigrationInterface {
  name = 'PolicyMatchesBenefitIndex1796199300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE INDEX "IDX_policy_matches_policy_benefit" ON "policy_matches" ("policyId", "benefit", "id")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_policy_matches_policy_benefit"
        `);
  }
}
