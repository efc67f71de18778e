import { describe, expect, it } from '@jest/globals';
import { nextStatus, reopens } from './request-status.js';
import { RequestStatus as S } from './request.enums.js';

describe('request status', () => {
  it('answers, follows up, resolves and closes with a mark', () => {
    expect(nextStatus(S.OPEN, 'STAFF_REPLY')).toBe(S.ANSWERED);
    expect(nextStatus(S.ANSWERED, 'ENTERPRISE_MESSAGE')).toBe(S.OPEN);
    expect(nextStatus(S.ANSWERED, 'RESOLVE')).toBe(S.RESOLVED);
    expect(nextStatus(S.RESOLVED, 'RATE')).toBe(S.CLOSED);
  });

  it('lets the enterprise reopen a resolved request, never a closed one', () => {
    expect(nextStatus(S.RESOLVED, 'ENTERPRISE_MESSAGE')).toBe(S.OPEN);
    expect(nextStatus(S.CLOSED, 'ENTERPRISE_MESSAGE')).toBeNull();
    expect(nextStatus(S.CLOSED, 'STAFF_REPLY')).toBeNull();
  });

  it('rates only a resolved request; an internal note changes nothing', () => {
    expect(nextStatus(S.OPEN, 'RATE')).toBeNull();
    for (const status of Object.values(S)) expect(nextStatus(status, 'STAFF_NOTE')).toBe(status);
  });

  it('staff reopen a resolved or closed request; only a move back to open counts as reopening', () => {
    expect(nextStatus(S.RESOLVED, 'REOPEN')).toBe(S.OPEN);
    expect(nextStatus(S.CLOSED, 'REOPEN')).toBe(S.OPEN);
    expect(nextStatus(S.OPEN, 'REOPEN')).toBeNull();
    expect(reopens(S.ANSWERED, S.OPEN)).toBe(true);
    expect(reopens(S.OPEN, S.OPEN)).toBe(false);
    expect(reopens(S.OPEN, S.ANSWERED)).toBe(false);
  });
});
