import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lists page by (sort column, id) (core/graphql/pagination.ts): indexes on both, so a page is a walk
 * along the index that stops after the page, the same cost at any table size. The enterprises list
 * had no index on its order at all (every page sorted every row); the leads list and its kanban
 * columns (one per stage) had (createdAt) and (stage, createdAt), which left the id tie-break to a sort.
 */
export class ListOrderIndexes1796292782490 implements MigrationInterface {
  name = 'ListOrderIndexes1796292782490';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_enterprises_created_id" ON "enterprises" ("createdAt", "id")`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cfbbd1d9c7b9fb83b4ccbf4c0d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bbb5ace209d49a422e04732074"`);
    await queryRunner.query(`CREATE INDEX "IDX_leads_created_id" ON "leads" ("createdAt", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_leads_stage_created_id" ON "leads" ("stage", "createdAt", "id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_leads_stage_created_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_leads_created_id"`);
    await queryRunner.query(`CREATE INDEX "IDX_bbb5ace209d49a422e04732074" ON "leads" ("stage", "createdAt")`);
    await queryRunner.query(`CREATE INDEX "IDX_cfbbd1d9c7b9fb83b4ccbf4c0d" ON "leads" ("createdAt")`);
    await queryRunner.query(`DROP INDEX "public"."IDX_enterprises_created_id"`);
  }
}
