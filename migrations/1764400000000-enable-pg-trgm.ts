import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Trigram indexes make substring search on Chinese names fast (zhparser is not packaged). */
export class EnablePgTrgm1764400000000 implements MigrationInterface {
  name = 'EnablePgTrgm1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP EXTENSION IF EXISTS pg_trgm');
  }
}
