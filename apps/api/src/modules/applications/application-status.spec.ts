import { describe, expect, it } from '@jest/globals';
import { AppError } from '../../core/errors/app-error.js';
import { ApplicationStatus as S } from './application.enums.js';
import { assertTransition, canMove, TRANSITIONS } from './application-status.js';

describe('application lifecycle', () => {
  it('follows DRAFT → SUBMITTED → SCREENING → RECOMMENDED → UNDER_REVIEW → APPROVED → MOVED_IN', () => {
    const path = [S.DRAFT, S.SUBMITTED, S.SCREENING, S.RECOMMENDED, S.UNDER_REVIEW, S.APPROVED, S.MOVED_IN];
    for (let i = 1; i < path.length; i += 1) expect(canMove(path[i - 1], path[i])).toBe(true);
  });

  it('lets staff decide from any status before a decision, and the enterprise withdraw until it moves in', () => {
    for (const from of [S.SUBMITTED, S.SCREENING, S.RECOMMENDED, S.UNDER_REVIEW]) {
      expect(canMove(from, S.APPROVED)).toBe(true);
      expect(canMove(from, S.REJECTED)).toBe(true);
      expect(canMove(from, S.WITHDRAWN)).toBe(true);
    }
    expect(canMove(S.DRAFT, S.APPROVED)).toBe(false);
    // An approval withdrawn or cancelled before the move-in gives its space back.
    expect(canMove(S.APPROVED, S.WITHDRAWN)).toBe(true);
    for (const decided of [S.REJECTED, S.MOVED_IN, S.WITHDRAWN]) expect(canMove(decided, S.WITHDRAWN)).toBe(false);
  });

  it('ends in REJECTED, MOVED_IN and WITHDRAWN, and never goes back', () => {
    expect(TRANSITIONS[S.REJECTED]).toEqual([]);
    expect(TRANSITIONS[S.MOVED_IN]).toEqual([]);
    expect(TRANSITIONS[S.WITHDRAWN]).toEqual([]);
    expect(canMove(S.APPROVED, S.REJECTED)).toBe(false);
    expect(canMove(S.UNDER_REVIEW, S.SUBMITTED)).toBe(false);
  });

  it('lets staff return an open application for correction (补正); the enterprise resubmits or withdraws it', () => {
    for (const from of [S.SUBMITTED, S.SCREENING, S.RECOMMENDED, S.UNDER_REVIEW])
      expect(canMove(from, S.RETURNED)).toBe(true);
    for (const from of [S.DRAFT, S.APPROVED, S.REJECTED, S.MOVED_IN, S.WITHDRAWN, S.RETURNED])
      expect(canMove(from, S.RETURNED)).toBe(false);
    expect(TRANSITIONS[S.RETURNED]).toEqual([S.SUBMITTED, S.WITHDRAWN]);
    // staff cannot decide a returned application before it comes back corrected
    expect(canMove(S.RETURNED, S.APPROVED)).toBe(false);
    expect(canMove(S.RETURNED, S.REJECTED)).toBe(false);
    expect(canMove(S.RETURNED, S.UNDER_REVIEW)).toBe(false);
  });

  it('names the allowed statuses when refusing', () => {
    let error: unknown;
    try {
      assertTransition(S.APPROVED, S.UNDER_REVIEW);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    const appError = error as AppError;
    expect(appError.code).toBe('BAD_USER_INPUT');
    expect(appError.localized('zh-CN')).toBe(
      '申请不能从“已批准”（APPROVED）变更为“审核中”（UNDER_REVIEW）：只能从“已批准”（APPROVED）变更为 “已入驻”（MOVED_IN）、“已撤回”（WITHDRAWN）',
    );
    expect(appError.localized('en-US')).toContain('from APPROVED it can only move to MOVED_IN, WITHDRAWN');
    expect(appError.details).toEqual({ from: 'APPROVED', to: 'UNDER_REVIEW', allowed: ['MOVED_IN', 'WITHDRAWN'] });
    expect(() => assertTransition(S.REJECTED, S.APPROVED)).toThrow(/REJECTED is final/);
  });
});
