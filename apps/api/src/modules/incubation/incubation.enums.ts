import { registerEnumType } from '@nestjs/graphql';

/** Where a stay in a carrier stands: in residence (在孵), graduated (毕业) or left without graduating (退出). */
export enum StayStatus {
  IN_RESIDENCE = 'IN_RESIDENCE',
  GRADUATED = 'GRADUATED',
  LEFT = 'LEFT',
}

registerEnumType(StayStatus, {
  name: 'IncubationStayStatus',
  description: 'IN_RESIDENCE 在孵 · GRADUATED 毕业 · LEFT 退出',
});
