import { MigrationInterface, QueryRunner } from 'typeorm';

export class MatchingPolicyMatches1796183363946 implements MigrationInterface {
  name = 'MatchingPolicyMatches1796183363946';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "match_runs" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "status" character varying(16) NOT NULL DEFAULT 'RUNNING',
                "trigger" character varying(32) NOT NULL,
                "policyId" uuid,
                "total" integer NOT NULL DEFAULT '0',
                "done" integer NOT NULL DEFAULT '0',
                "failed" integer NOT NULL DEFAULT '0',
                "startedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "finishedAt" TIMESTAMP WITH TIME ZONE,
                "planned" boolean NOT NULL DEFAULT false,
                CONSTRAINT "match_run_counts_not_negative" CHECK (
                    "total" >= 0
                    AND "done" >= 0
                    AND "failed" >= 0
                ),
                CONSTRAINT "PK_1e9ec070b43e5b98acfb9f1979d" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_match_runs_policy_started" ON "match_runs" ("policyId", "startedAt")
        `);
    await queryRunner.query(`
            CREATE TABLE "match_run_chunks" (
                "runId" uuid NOT NULL,
                "chunkNo" integer NOT NULL,
                "fromId" uuid NOT NULL,
                "toId" uuid NOT NULL,
                "size" integer NOT NULL,
                "status" character varying(16) NOT NULL DEFAULT 'PENDING',
                "finishedAt" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_2b6f6aaf54cde03309aafcfc779" PRIMARY KEY ("runId", "chunkNo")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "policy_matches" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "enterpriseId" uuid NOT NULL,
                "policyId" uuid NOT NULL,
                "outcome" character varying(16) NOT NULL,
                "benefit" numeric NOT NULL DEFAULT '0',
                "missingFacts" text array NOT NULL DEFAULT '{}',
                "gaps" jsonb NOT NULL DEFAULT '[]',
                "nearMiss" boolean NOT NULL DEFAULT false,
                "factsHash" character varying(64) NOT NULL,
                "engineVersion" character varying(32) NOT NULL,
                "asOf" date NOT NULL,
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_37329f8ccb89fb2d9782df61745" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_policy_matches_policy_near_miss" ON "policy_matches" ("policyId", "benefit", "id")
            WHERE "nearMiss"
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_policy_matches_policy_outcome_benefit" ON "policy_matches" ("policyId", "outcome", "benefit", "id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_policy_matches_enterprise_policy" ON "policy_matches" ("enterpriseId", "policyId")
        `);
    await queryRunner.query(`
            ALTER TABLE "match_run_chunks"
            ADD CONSTRAINT "FK_a184650972b614c50405d89ef6c" FOREIGN KEY ("runId") REFERENCES "match_runs"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "policy_matches"
            ADD CONSTRAINT "FK_2112da8c3e5159269f09b15d244" FOREIGN KEY ("enterpriseId") REFERENCES "enterprises"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "policy_matches"
            ADD CONSTRAINT "FK_5e511e03133ab6ca95b245e4f3a" FOREIGN KEY ("policyId") REFERENCES "policies"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "policy_matches" DROP CONSTRAINT "FK_5e511e03133ab6ca95b245e4f3a"
        `);
    await queryRunner.query(`
            ALTER TABLE "policy_matches" DROP CONSTRAINT "FK_2112da8c3e5159269f09b15d244"
        `);
    await queryRunner.query(`
            ALTER TABLE "match_run_chunks" DROP CONSTRAINT "FK_a184650972b614c50405d89ef6c"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_policy_matches_enterprise_policy"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_policy_matches_policy_outcome_benefit"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_policy_matches_policy_near_miss"
        `);
    await queryRunner.query(`
            DROP TABLE "policy_matches"
        `);
    await queryRunner.query(`
            DROP TABLE "match_run_chunks"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_match_runs_policy_started"
        `);
    await queryRunner.query(`
            DROP TABLE "match_runs"
        `);
  }
}
