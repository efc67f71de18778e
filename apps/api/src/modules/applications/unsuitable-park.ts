import type { ConstraintCode, ConstraintResult } from '#matching';
import { AppError, text } from '../../core/errors/app-error.js';
import { fieldFault } from '../../core/errors/field-fault.js';
import type { Park } from '../parks/park.entity.js';

/**
 * Constraints an approval checks elsewhere and no override can lift: the carrier kind (a seat
 * needs an incubator, land is not in one) and the free space, which the park's conditional UPDATE
 * takes atomically (a check on a row read earlier would race).
 */
const CHECKED_ELSEWHERE: ReadonlySet<ConstraintCode> = new Set(['CARRIER_KIND', 'LAND_SPACE', 'FLOOR_SPACE']);

/** The failed hard constraints an admin may override with a reason. */
export function overridableFailures(failures: readonly ConstraintResult[]): ConstraintResult[] {
  return failures.filter((f) => !CHECKED_ELSEWHERE.has(f.code));
}

/** An approval into a park that fails hard constraints: each in `extensions.constraints`. */
export function unsuitablePark(park: Park, failures: readonly ConstraintResult[]): AppError {
  const zh = failures.map((f) => f.text.zh).join('；');
  const en = failures.map((f) => f.text.en).join('; ');
  return AppError.badInput(
    text(
      `“${park.name}”不满足硬性条件：${zh}。管理员可说明理由后越过硬性条件批准`,
      `${park.nameEn} fails hard constraints: ${en}. An admin may override them with a reason`,
    ),
    [fieldFault('parkId', `不满足 ${failures.length} 项硬性条件`, `fails ${failures.length} hard constraint(s)`)],
    { parkId: park.id, constraints: failures.map((f) => ({ code: f.code, message: f.text })) },
  );
}
