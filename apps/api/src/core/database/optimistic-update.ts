import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { AppError, type LocalizedText } from '../errors/app-error.js';

/**
 * `UPDATE … SET …, version = version + 1 WHERE id = $1 AND version = $2` touching exactly one row,
 * else CONFLICT naming `entity`. TypeORM's save() does not check the version, so every versioned
 * write goes through here. `versionColumn` is for a table whose `version` means something else
 * (a policy's `version` is its number within the code; its lock counter is `rowVersion`).
 */
export async function updateVersioned<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  id: string,
  version: number,
  patch: Partial<T>,
  entity: LocalizedText,
  versionColumn: keyof T & string = 'version',
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set({ ...patch, [versionColumn]: () => `"${versionColumn}" + 1` } as never)
    .where(`id = :id AND "${versionColumn}" = :version`, { id, version })
    .execute();
  if (result.affected !== 1) throw AppError.conflict(entity);
}

/**
 * The version check of a row already read under a lock. `null` is only for the three mutations the
 * API contract names without a version (withdrawApplication, updateEnterpriseProfile, updatePolicy):
 * there the change applies to the locked current row, and a client that sends the version it read
 * gets the CONFLICT protection. Every other lock argument is required.
 */
export function assertVersion(given: number | null, current: number, entity: LocalizedText): void {
  if (given !== null && given !== current) throw AppError.conflict(entity);
}
