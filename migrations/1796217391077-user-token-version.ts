import { MigrationInterface, QueryRunner } from 'typeorm';

export class UserTokenVersion1796217391077 implements MigrationInterface {
  name = 'UserTokenVersion1796217391077';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD "tokenVersion" integer NOT NULL DEFAULT '0'
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "tokenVersion"
        `);
  }
}
