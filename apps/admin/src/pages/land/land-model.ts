import type { DisposalRoute, LandPlotStatus } from '../../gql/graphql';

export const LAND_STATUSES: LandPlotStatus[] = ['IN_USE', 'IDLE', 'UNDER_RECOVERY', 'RECOVERED', 'REASSIGNED'];
export const DISPOSAL_ROUTES: DisposalRoute[] = ['INTEGRATE', 'STATE_RESERVE', 'MOVE_UPSTAIRS'];

/** The server's transition table (land-plot-status.ts): the steps a plot may take next. */
export const NEXT_STATUSES: Record<LandPlotStatus, LandPlotStatus[]> = {
  IN_USE: ['IDLE'],
  IDLE: ['IN_USE', 'UNDER_RECOVERY'],
  UNDER_RECOVERY: ['IDLE', 'RECOVERED'],
  RECOVERED: ['REASSIGNED'],
  REASSIGNED: ['IDLE'],
};

/** Tag colours whose text keeps 4.5:1 contrast on their tint (antd's green and orange do not). */
export const STATUS_COLORS: Record<LandPlotStatus, string> = {
  IN_USE: 'default',
  IDLE: 'magenta',
  UNDER_RECOVERY: 'purple',
  RECOVERED: 'geekblue',
  REASSIGNED: 'blue',
};

/** The list's filter as a link gives it: ?parkId=&status=&disposalRoute=&recovered=true&sample=false (unknown values dropped). */
export interface LandUrlFilter {
  parkId?: string;
  status?: LandPlotStatus;
  disposalRoute?: DisposalRoute;
  recovered?: boolean;
  sample?: boolean;
}

const flag = (value: string | null): boolean | undefined =>
  value === 'true' ? true : value === 'false' ? false : undefined;

export function landFilterFromSearch(search: URLSearchParams): LandUrlFilter {
  const status = search.get('status');
  const route = search.get('disposalRoute');
  const parkId = search.get('parkId');
  return {
    parkId: parkId && /^[0-9a-f-]{36}$/i.test(parkId) ? parkId : undefined,
    status: LAND_STATUSES.find((value) => value === status),
    disposalRoute: DISPOSAL_ROUTES.find((value) => value === route),
    recovered: flag(search.get('recovered')),
    sample: flag(search.get('sample')),
  };
}
