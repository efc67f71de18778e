import { describe, expect, it } from '@jest/globals';
import { allowedMoves, moveFaults, requirementsOf } from './lead-stage.js';
import { LeadStage as S } from './lead.enums.js';

const bare = { stage: S.VISITED, lostFromStage: null };

describe('lead stages', () => {
  it('moves forward to any later stage, back only before signing, and to LOST from anywhere', () => {
    expect(allowedMoves(S.VISITED, null)).toEqual([
      S.LEAD,
      S.CONTACTED,
      S.NEGOTIATING,
      S.SIGNED,
      S.REGISTERED,
      S.CONSTRUCTING,
      S.OPERATING,
      S.AFTERCARE,
      S.LOST,
    ]);
    expect(allowedMoves(S.SIGNED, null)).toEqual([S.REGISTERED, S.CONSTRUCTING, S.OPERATING, S.AFTERCARE, S.LOST]);
    expect(allowedMoves(S.AFTERCARE, null)).toEqual([S.LOST]);
  });

  it('reopens a lost lead at the stage it was lost from or earlier', () => {
    expect(allowedMoves(S.LOST, S.CONTACTED)).toEqual([S.LEAD, S.CONTACTED]);
    expect(allowedMoves(S.LOST, null)).toEqual([S.LEAD]);
  });

  it('accumulates the required fields of every stage up to the target', () => {
    expect(requirementsOf(S.VISITED)).toEqual([]);
    expect(requirementsOf(S.NEGOTIATING)).toEqual(['plannedInvestment', 'targetParkId']);
    expect(requirementsOf(S.REGISTERED)).toEqual([
      'plannedInvestment',
      'targetParkId',
      'signedOn',
      'contractedInvestment',
      'contractedJobs',
      'contractedAnnualTax',
      'uscc',
    ]);
  });

  it('names each missing field of the target stage, in Chinese and English', () => {
    const faults = moveFaults({ ...bare, plannedInvestment: 5e7 }, S.NEGOTIATING);
    expect(faults).toEqual([
      {
        field: 'targetParkId',
        message: {
          zh: '进入“在谈”阶段前需填写意向园区',
          en: 'is required before the negotiating stage (target park)',
        },
      },
    ]);
    expect(moveFaults({ ...bare, plannedInvestment: 5e7, targetParkId: 'p' }, S.NEGOTIATING)).toEqual([]);
    // 0 is a value (a project without new jobs), an empty string is not.
    expect(moveFaults({ ...bare, plannedInvestment: 0, targetParkId: '' }, S.NEGOTIATING).map((f) => f.field)).toEqual([
      'targetParkId',
    ]);
  });

  it('refuses an illegal move naming the allowed stages, and LOST without a reason', () => {
    const [illegal] = moveFaults({ stage: S.SIGNED, lostFromStage: null }, S.VISITED);
    expect(illegal!.field).toBe('stage');
    expect(illegal!.message.zh).toContain('只能移到 “注册”、“开工”、“投产”、“服务”、“流失”');
    expect(moveFaults(bare, S.LOST, '  ').map((f) => f.field)).toEqual(['note']);
    expect(moveFaults(bare, S.LOST, '对方改投霍尔果斯')).toEqual([]);
  });
});
