import { describe, expect, it } from '@jest/globals';
import { allowedMoves, nextStage } from './stages';

describe('where a lead may move (as the API allows)', () => {
  it('goes forward to any later stage, back only before signing, and to LOST from anywhere', () => {
    expect(allowedMoves('VISITED', null)).toEqual([
      'LEAD',
      'CONTACTED',
      'NEGOTIATING',
      'SIGNED',
      'REGISTERED',
      'CONSTRUCTING',
      'OPERATING',
      'AFTERCARE',
      'LOST',
    ]);
    expect(allowedMoves('SIGNED', null)).toEqual(['REGISTERED', 'CONSTRUCTING', 'OPERATING', 'AFTERCARE', 'LOST']);
  });

  it('reopens a lost lead at the stage it was lost from or an earlier one', () => {
    expect(allowedMoves('LOST', 'VISITED')).toEqual(['LEAD', 'CONTACTED', 'VISITED']);
    expect(allowedMoves('LOST', null)).toEqual(['LEAD']);
  });

  it('advances to the next stage, not past the last nor out of LOST', () => {
    expect(nextStage('LEAD')).toBe('CONTACTED');
    expect(nextStage('VISITED')).toBe('NEGOTIATING');
    expect(nextStage('AFTERCARE')).toBeNull();
    expect(nextStage('LOST')).toBeNull();
  });
});
