import { describe, expect, it } from '@jest/globals';
import { messageSide, requestActions } from './request-model';

describe('what each side may do with a request', () => {
  it('lets staff answer, note and resolve an open request, but not rate it', () => {
    expect(requestActions('OPEN', true)).toEqual({
      reply: true,
      note: true,
      resolve: true,
      close: false,
      rate: false,
      followUp: false,
      reopen: false,
    });
  });

  it('lets staff only note, close or reopen a resolved one, and reopen a closed one', () => {
    const can = requestActions('RESOLVED', true);
    expect([can.reply, can.resolve, can.close, can.note, can.reopen]).toEqual([false, false, true, true, true]);
    expect(requestActions('CLOSED', true).reopen).toBe(true);
    expect(requestActions('ANSWERED', true).reopen).toBe(false);
  });

  it('lets the enterprise rate a resolved request or reopen it with a message', () => {
    const can = requestActions('RESOLVED', false);
    expect([can.rate, can.followUp, can.note, can.resolve]).toEqual([true, true, false, false]);
  });

  it('leaves nothing to the enterprise once closed', () => {
    expect(Object.values(requestActions('CLOSED', false)).some(Boolean)).toBe(false);
  });
});

describe('who a message is from', () => {
  it('tells the enterprise, the bureau and internal notes apart', () => {
    expect(messageSide({ internal: false, authorRole: 'ENTERPRISE' })).toBe('enterprise');
    expect(messageSide({ internal: false, authorRole: 'BUREAU_STAFF' })).toBe('bureau');
    expect(messageSide({ internal: false, authorRole: 'ADMIN' })).toBe('bureau');
    expect(messageSide({ internal: true, authorRole: 'BUREAU_STAFF' })).toBe('note');
  });
});
