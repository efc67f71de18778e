import { describe, expect, it } from '@jest/globals';
import type { IndustryData } from '#plan-data';
import { chainCoverage } from './chain-coverage.js';

const cluster: IndustryData = {
  code: 'NEW_MATERIALS',
  name: '新材料',
  nameEn: 'New materials',
  category: 'PRIORITY',
  description: '',
  descriptionEn: '',
  planRef: '',
  segments: [
    { code: 'A', name: '铝基材料', nameEn: 'Aluminium' },
    { code: 'B', name: '硅基材料', nameEn: 'Silicon' },
    { code: 'C', name: '稀有金属', nameEn: 'Rare metals' },
    { code: 'D', name: '复合材料', nameEn: 'Composites' },
  ],
};

describe('chainCoverage', () => {
  it('a segment is landed by an enterprise or a signed project, in the pipeline by an open lead, else missing', () => {
    const [coverage] = chainCoverage(
      [cluster],
      {
        enterprises: new Map([['A', 3]]),
        leads: new Map([
          ['B', { landed: 1, open: 0 }],
          ['C', { landed: 0, open: 2 }],
        ]),
      },
      false,
    );
    expect(coverage!.segments.map((s) => [s.code, s.status])).toEqual([
      ['A', 'LANDED'],
      ['B', 'LANDED'],
      ['C', 'IN_PIPELINE'],
      ['D', 'MISSING'],
    ]);
    expect(coverage!.missing).toBe(1);
    expect(coverage!.segments[2]).toMatchObject({ name: '稀有金属', openLeads: 2, enterprises: 0 });
  });

  it('names segments in English when asked', () => {
    const [coverage] = chainCoverage([cluster], { enterprises: new Map(), leads: new Map() }, true);
    expect(coverage!.name).toBe('New materials');
    expect(coverage!.segments[0]!.name).toBe('Aluminium');
  });
});
