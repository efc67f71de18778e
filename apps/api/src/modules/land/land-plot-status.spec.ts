import { describe, expect, it } from '@jest/globals';
import { AppError } from '../../core/errors/app-error.js';
import {
  assertLandTransition,
  canMoveLand,
  dateFieldOf,
  freeLandEffect,
  IDLE_STATUSES,
  LAND_TRANSITIONS,
  landMoveFaults,
  plotEditable,
} from './land-plot-status.js';
import { DisposalRoute, LandPlotStatus as S } from './land-plot.enums.js';

describe('land plot lifecycle (腾笼换鸟)', () => {
  it('follows IN_USE → IDLE → UNDER_RECOVERY → RECOVERED → REASSIGNED', () => {
    const path = [S.IN_USE, S.IDLE, S.UNDER_RECOVERY, S.RECOVERED, S.REASSIGNED];
    for (let i = 1; i < path.length; i += 1) expect(canMoveLand(path[i - 1], path[i])).toBe(true);
  });

  it('lets an idle plot come back into use, a recovery be abandoned, a reassigned plot fall idle again', () => {
    expect(canMoveLand(S.IDLE, S.IN_USE)).toBe(true);
    expect(canMoveLand(S.UNDER_RECOVERY, S.IDLE)).toBe(true);
    expect(canMoveLand(S.REASSIGNED, S.IDLE)).toBe(true);
  });

  it('never skips the recovery, nor un-recovers a plot', () => {
    expect(canMoveLand(S.IDLE, S.RECOVERED)).toBe(false);
    expect(canMoveLand(S.IN_USE, S.UNDER_RECOVERY)).toBe(false);
    expect(canMoveLand(S.IDLE, S.REASSIGNED)).toBe(false);
    expect(LAND_TRANSITIONS[S.RECOVERED]).toEqual([S.REASSIGNED]);
    for (const status of Object.values(S)) expect(canMoveLand(status, status)).toBe(false);
  });

  it('names the allowed statuses when refusing, in both languages', () => {
    let error: unknown;
    try {
      assertLandTransition(S.IDLE, S.RECOVERED);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    const appError = error as AppError;
    expect(appError.code).toBe('BAD_USER_INPUT');
    expect(appError.localized('zh-CN')).toBe('地块不能从“闲置”变更为“已收回”：只能变更为 “使用中”、“收回中”');
    expect(appError.localized('en-US')).toContain('from IDLE it can only move to IN_USE, UNDER_RECOVERY');
    expect(appError.details).toEqual({ from: 'IDLE', to: 'RECOVERED', allowed: ['IN_USE', 'UNDER_RECOVERY'] });
  });

  it('needs a disposal route to start a recovery and an enterprise to reassign', () => {
    const none = { disposalRoute: null, enterpriseId: null };
    expect(landMoveFaults(S.UNDER_RECOVERY, none).map((f) => f.field)).toEqual(['disposalRoute']);
    expect(landMoveFaults(S.UNDER_RECOVERY, { ...none, disposalRoute: DisposalRoute.STATE_RESERVE })).toEqual([]);
    expect(landMoveFaults(S.REASSIGNED, none).map((f) => f.field)).toEqual(['enterpriseId']);
    expect(landMoveFaults(S.IDLE, none)).toEqual([]);
  });

  it('adds the area to the park’s free land when recovered and takes it when reassigned', () => {
    expect(freeLandEffect(S.RECOVERED)).toBe(1);
    expect(freeLandEffect(S.REASSIGNED)).toBe(-1);
    for (const s of [S.IN_USE, S.IDLE, S.UNDER_RECOVERY]) expect(freeLandEffect(s)).toBe(0);
  });

  it('counts idle and under-recovery plots as idle land, sets each step’s date, fixes a recovered plot', () => {
    expect(IDLE_STATUSES).toEqual([S.IDLE, S.UNDER_RECOVERY]);
    expect(dateFieldOf(S.IDLE)).toBe('idleSince');
    expect(dateFieldOf(S.UNDER_RECOVERY)).toBe('recoveryStartedOn');
    expect(dateFieldOf(S.RECOVERED)).toBe('recoveredOn');
    expect(dateFieldOf(S.REASSIGNED)).toBe('reassignedOn');
    expect(dateFieldOf(S.IN_USE)).toBeNull();
    expect(plotEditable(S.IDLE)).toBe(true);
    expect(plotEditable(S.RECOVERED)).toBe(false);
    expect(plotEditable(S.REASSIGNED)).toBe(false);
  });
});
