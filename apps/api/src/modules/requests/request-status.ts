import { fieldFault, type FieldFault } from '../../core/errors/field-fault.js';
import { RequestStatus as S } from './request.enums.js';

export const REQUEST_STATUS_LABELS: Readonly<Record<S, { zh: string; en: string }>> = {
  [S.OPEN]: { zh: '待答复', en: 'open' },
  [S.ANSWERED]: { zh: '已答复', en: 'answered' },
  [S.RESOLVED]: { zh: '已解决', en: 'resolved' },
  [S.CLOSED]: { zh: '已关闭', en: 'closed' },
};

/** What happens to a request, by whom. */
export type RequestEvent =
  | 'STAFF_REPLY' // an answer the enterprise reads
  | 'STAFF_NOTE' // an internal note: the enterprise never sees it
  | 'ENTERPRISE_MESSAGE' // a follow-up, or a reopening once resolved
  | 'RESOLVE' // staff mark it solved
  | 'RATE' // the enterprise gives its satisfaction mark, which closes it
  | 'CLOSE' // staff close a resolved request the enterprise did not rate
  | 'REOPEN'; // staff take a resolved or closed request up again

/** The status after an event, or null when the event is not allowed in that status. */
const NEXT: Readonly<Record<RequestEvent, Partial<Record<S, S>>>> = {
  STAFF_REPLY: { [S.OPEN]: S.ANSWERED, [S.ANSWERED]: S.ANSWERED },
  STAFF_NOTE: { [S.OPEN]: S.OPEN, [S.ANSWERED]: S.ANSWERED, [S.RESOLVED]: S.RESOLVED, [S.CLOSED]: S.CLOSED },
  ENTERPRISE_MESSAGE: { [S.OPEN]: S.OPEN, [S.ANSWERED]: S.OPEN, [S.RESOLVED]: S.OPEN },
  RESOLVE: { [S.OPEN]: S.RESOLVED, [S.ANSWERED]: S.RESOLVED },
  RATE: { [S.RESOLVED]: S.CLOSED },
  CLOSE: { [S.RESOLVED]: S.CLOSED },
  REOPEN: { [S.RESOLVED]: S.OPEN, [S.CLOSED]: S.OPEN },
};

/** An event that puts a request back in the bureau's court: it gets a new response deadline. */
export const reopens = (from: S, to: S): boolean => to === S.OPEN && from !== S.OPEN;

export function nextStatus(status: S, event: RequestEvent): S | null {
  return NEXT[event][status] ?? null;
}

/** The refusal of an event the status does not allow, naming the status. */
export function statusFault(status: S): FieldFault {
  const label = REQUEST_STATUS_LABELS[status];
  return fieldFault(
    'status',
    `诉求当前为“${label.zh}”，不能执行此操作`,
    `the request is ${label.en}; this cannot be done now`,
  );
}
