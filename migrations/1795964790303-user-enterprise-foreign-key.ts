import { MigrationInterface, QueryRunner } from 'typeorm';

export class UserEnterpriseForeignKey1795964790303 implements MigrationInterface {
  name = 'UserEnterpriseForeignKey1795964790303';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD CONSTRAINT "FK_9f970e64feeab997299d9395939" FOREIGN KEY ("enterpriseId") REFERENCES "enterprises"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "users" DROP CONSTRAINT "FK_9f970e64feeab997299d9395939"
        `);
  }
}
