import { MigrationInterface, QueryRunner } from 'typeorm';

export class UserAdminFields1796232608843 implements MigrationInterface {
  name = 'UserAdminFields1796232608843';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD "version" integer NOT NULL DEFAULT '1'
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD "lastSignInAt" TIMESTAMP WITH TIME ZONE
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "lastSignInAt"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "version"
        `);
  }
}
