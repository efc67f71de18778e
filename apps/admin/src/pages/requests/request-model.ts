import type { RequestKind, RequestStatus, Role } from '../../gql/graphql';

/** The kinds in the order the form offers them (labels: `requests.kinds.*`). */
export const REQUEST_KINDS: readonly RequestKind[] = [
  'POLICY',
  'PERMIT',
  'FINANCING',
  'TALENT',
  'LAND_SPACE',
  'UTILITIES',
  'COMPLAINT',
  'OTHER',
];

export const REQUEST_STATUSES: readonly RequestStatus[] = ['OPEN', 'ANSWERED', 'RESOLVED', 'CLOSED'];

/** Tag colours; the text of antd's green tag is darkened to keep 4.5:1 contrast (see text-colors.ts). */
export const STATUS_COLORS: Record<RequestStatus, { color: string; text?: string }> = {
  OPEN: { color: 'blue' },
  ANSWERED: { color: 'geekblue' },
  RESOLVED: { color: 'green', text: '#135200' },
  CLOSED: { color: 'default' },
};

export const isStaffRole = (role: Role | null | undefined): boolean => role === 'ADMIN' || role === 'BUREAU_STAFF';

/** What the signed-in side may do with a request in a status (mirrors the API's request-status.ts). */
export interface RequestActions {
  reply: boolean;
  note: boolean;
  resolve: boolean;
  close: boolean;
  rate: boolean;
  followUp: boolean;
  /** Staff take a resolved or closed request up again (a new response deadline). */
  reopen: boolean;
}

export const requestActions = (status: RequestStatus, staff: boolean): RequestActions => {
  const open = status === 'OPEN' || status === 'ANSWERED';
  return {
    reply: staff && open,
    note: staff,
    resolve: staff && open,
    close: staff && status === 'RESOLVED',
    rate: !staff && status === 'RESOLVED',
    followUp: !staff && status !== 'CLOSED',
    reopen: staff && (status === 'RESOLVED' || status === 'CLOSED'),
  };
};

export interface MessageView {
  internal: boolean;
  authorRole: string;
}

/** Who a message is from, as the reader sees it: the enterprise itself, the bureau, or a staff note. */
export const messageSide = (message: MessageView): 'enterprise' | 'bureau' | 'note' =>
  message.internal ? 'note' : message.authorRole === 'ENTERPRISE' ? 'enterprise' : 'bureau';
