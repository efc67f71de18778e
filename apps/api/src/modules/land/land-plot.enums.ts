import { registerEnumType } from '@nestjs/graphql';

/** Where a plot stands in the disposal of idle land (闲置用地分类处置, 腾笼换鸟). */
export const LandPlotStatus = {
  /** In use by its holder (使用中). */
  IN_USE: 'IN_USE',
  /** Idle (闲置): the holder does not use it. */
  IDLE: 'IDLE',
  /** Being recovered (收回中) by one of the disposal routes. */
  UNDER_RECOVERY: 'UNDER_RECOVERY',
  /** Recovered (已收回): its area is the park's free land. */
  RECOVERED: 'RECOVERED',
  /** Reassigned (已再配置) to an enterprise: its area is taken again. */
  REASSIGNED: 'REASSIGNED',
} as const;
export type LandPlotStatus = (typeof LandPlotStatus)[keyof typeof LandPlotStatus];
registerEnumType(LandPlotStatus, { name: 'LandPlotStatus' });

/** The plan's three routes (ch.6 §1): 整合一批、收储一批、腾院上楼一批. */
export const DisposalRoute = {
  /** 整合: merged with neighbouring plots or developed jointly. */
  INTEGRATE: 'INTEGRATE',
  /** 收储: taken into the state land reserve. */
  STATE_RESERVE: 'STATE_RESERVE',
  /** 腾院上楼: the holder moves into multi-storey space and frees the yard. */
  MOVE_UPSTAIRS: 'MOVE_UPSTAIRS',
} as const;
export type DisposalRoute = (typeof DisposalRoute)[keyof typeof DisposalRoute];
registerEnumType(DisposalRoute, { name: 'DisposalRoute' });
