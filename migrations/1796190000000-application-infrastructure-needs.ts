import { MigrationInterface, QueryRunner } from 'typeorm';

export class ApplicationInfrastructureNeeds1796190000000 implements MigrationInterface {
  name = 'ApplicationInfrastructureNeeds1796190000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "placement_applications"
            ADD "infrastructureNeeds" text array NOT NULL DEFAULT '{}'
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "placement_applications" DROP COLUMN "infrastructureNeeds"
        `);
  }
}
