import { AppError } from '../../core/errors/app-error.js';
import type { Park } from './park.entity.js';

/** Free space taken from a park: land (mu) or floor space (m²). */
export interface ParkSpace {
  column: 'freeLandMu' | 'freeFloorSqm';
  amount: number;
}

/** Refusal of a reservation; `left` is null when the database refused before telling. */
export function notEnoughSpace(park: Park, { column, amount }: ParkSpace, left: number | null): AppError {
  const land = column === 'freeLandMu';
  const unit = land ? { zh: '亩', en: 'mu' } : { zh: '平方米', en: 'm²' };
  const leftZh = left === null ? '' : `，剩余 ${left} ${unit.zh}`;
  const leftEn = left === null ? '' : `, ${left} ${unit.en} left`;
  return AppError.badInput(
    {
      zh: `园区“${park.name}”${land ? '空闲用地' : '空闲面积'}不足：需要 ${amount} ${unit.zh}${leftZh}`,
      en: `not enough ${land ? 'free land' : 'free floor space'} in park ${park.nameEn} (${park.code}): ${amount} ${unit.en} needed${leftEn}`,
    },
    [
      {
        field: 'parkId',
        message: land
          ? { zh: '空闲用地不足', en: 'not enough free land' }
          : { zh: '空闲面积不足', en: 'not enough free floor space' },
      },
    ],
    { parkId: park.id, needed: amount, left },
  );
}

/**
 * What took or gave back space: an application's approval (alone or in an allocation), or its
 * withdrawal; or a land plot recovered (its area comes back) or reassigned (taken again).
 */
export interface ParkSpaceCause {
  kind: 'APPROVAL' | 'ALLOCATION' | 'RELEASE' | 'LAND_RECOVERED' | 'LAND_REASSIGNED';
  applicationId?: string | null;
  enterpriseId?: string | null;
  landPlotId?: string | null;
  /** The decision's note or reason, if any. */
  note?: string | null;
}
