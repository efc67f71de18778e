import { MigrationInterface, QueryRunner } from 'typeorm';

export class ParkMatches1796183386583 implements MigrationInterface {
  name = 'ParkMatches1796183386583';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "park_matches" (
                "applicationId" uuid NOT NULL,
                "parkId" uuid NOT NULL,
                "suitable" boolean NOT NULL,
                "score" numeric NOT NULL,
                "components" jsonb NOT NULL,
                "failures" jsonb NOT NULL,
                "unknowns" jsonb NOT NULL,
                "engineVersion" character varying(32) NOT NULL,
                "factsHash" character varying(64) NOT NULL,
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_f9cd9970e178a1dd99e16066e5f" PRIMARY KEY ("applicationId", "parkId")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "park_matches"
            ADD CONSTRAINT "FK_f43a33d7d97d79fff3b02882e73" FOREIGN KEY ("applicationId") REFERENCES "placement_applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "park_matches"
            ADD CONSTRAINT "FK_71635634429c0a4347d351701ee" FOREIGN KEY ("parkId") REFERENCES "parks"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "park_matches" DROP CONSTRAINT "FK_71635634429c0a4347d351701ee"
        `);
    await queryRunner.query(`
            ALTER TABLE "park_matches" DROP CONSTRAINT "FK_f43a33d7d97d79fff3b02882e73"
        `);
    await queryRunner.query(`
            DROP TABLE "park_matches"
        `);
  }
}
