import { readToken } from './token-store';

/**
 * The job board (Bull Board, server-rendered) cannot send our bearer token, so the admin app trades
 * it for the board's own short HttpOnly, SameSite=Strict cookie (the API's board-session.service.ts
 * says why); true when the server opened the session.
 */
export const openQueueBoard = (path: string): Promise<boolean> =>
  fetch(`${path}session`, { method: 'POST', headers: { authorization: `Bearer ${readToken() ?? ''}` } }).then(
    (response) => response.status === 204,
    () => false,
  );

/** Ends the board session on logout: the cookie is HttpOnly, so only the server can clear it. */
export const closeQueueBoard = (): Promise<void> =>
  fetch('/admin/queues/session', { method: 'DELETE' }).then(
    () => undefined,
    () => undefined,
  );
