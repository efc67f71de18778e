import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { AppError } from '../errors/app-error.js';

/**
 * `UPDATE … WHERE id = $1 AND version = $2` touching exactly one row, else CONFLICT.
 * TypeORM's save() does not check the version, so every versioned write goes through here.
 */
export async function updateVersioned<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  id: string,
  version: number,
  patch: Partial<T>,
  label: { zh: string; en: string },
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set({ ...patch, version: () => 'version + 1' } as never)
    .where('id = :id AND version = :version', { id, version })
    .execute();
  if (result.affected !== 1) throw AppError.conflict(label.zh, label.en);
}
