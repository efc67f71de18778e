import { beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import highsTypes from 'highs';
import { proposeAllocation, type AllocationRequest, type MipSolver } from './allocation.js';
import { park, project } from './park-fixtures.js';
import { matchPark } from './park-match.js';
import type { ParkProfile } from './park-types.js';

// TypeScript reads highs's CommonJS-flavoured types (default = the module); Node loads its ES build,
// whose default export is the loader itself.
const loadHighs = highsTypes as unknown as typeof highsTypes.default;

let solve: MipSolver;
beforeAll(async () => {
  const highs = await loadHighs();
  solve = (model, options) => highs.solve(model, options) as ReturnType<MipSolver>;
});

const parkArb = (id: string) =>
  fc
    .record({
      freeLandMu: fc.integer({ min: 0, max: 60 }),
      freeFloorSqm: fc.integer({ min: 0, max: 3000 }),
      targetIndustries: fc.constantFrom([], ['NEW_MATERIALS'], ['BIOMEDICINE'], ['BIOMEDICINE', 'NEW_MATERIALS']),
      maxPollution: fc.constantFrom('LOW' as const, 'MEDIUM' as const, 'HIGH' as const),
    })
    .map((fields) => park({ id, ...fields }));

const requestArb = (id: string) =>
  fc
    .record({
      land: fc.boolean(),
      amount: fc.integer({ min: 1, max: 40 }),
      industry: fc.constantFrom('NEW_MATERIALS', 'BIOMEDICINE'),
      pollution: fc.constantFrom('LOW' as const, 'MEDIUM' as const, 'HIGH' as const),
    })
    .map(({ land, amount, industry, pollution }): AllocationRequest => ({
      id,
      project: project({
        kind: land ? 'LAND' : 'FACTORY',
        landMu: land ? amount : null,
        floorSqm: land ? null : amount * 50,
        industry,
        pollution,
      }),
    }));

const instanceArb = (maxRequests: number, maxParks: number) =>
  fc
    .tuple(fc.integer({ min: 0, max: maxRequests }), fc.integer({ min: 1, max: maxParks }))
    .chain(([r, p]) =>
      fc.tuple(
        fc.tuple(...Array.from({ length: r }, (_, i) => requestArb(`a${i}`))),
        fc.tuple(...Array.from({ length: p }, (_, i) => parkArb(`p${i}`))),
      ),
    );

/** The best total score by trying every assignment (each application: no park, or one park). */
function bruteForce(requests: AllocationRequest[], parks: ParkProfile[]): number {
  let best = 0;
  const land = new Map(parks.map((k) => [k.id, k.freeLandMu]));
  const floor = new Map(parks.map((k) => [k.id, k.freeFloorSqm]));
  const visit = (i: number, total: number) => {
    if (i === requests.length) return void (best = Math.max(best, total));
    visit(i + 1, total);
    for (const k of parks) {
      const match = matchPark(requests[i].project, k);
      if (!match.suitable) continue;
      const p = requests[i].project;
      const left = p.kind === 'LAND' ? land : floor;
      const amount = p.kind === 'LAND' ? p.landMu! : p.floorSqm!;
      if (left.get(k.id)! < amount) continue;
      left.set(k.id, left.get(k.id)! - amount);
      visit(i + 1, total + match.score);
      left.set(k.id, left.get(k.id)! + amount);
    }
  };
  visit(0, 0);
  return best;
}

describe('proposeAllocation (MIP with highs)', () => {
  it('never exceeds a park’s free space and never breaks a hard constraint', () => {
    fc.assert(
      fc.property(instanceArb(12, 4), ([requests, parks]) => {
        const proposal = proposeAllocation(requests, parks, solve);
        for (const k of parks) {
          const mine = proposal.assignments.filter((a) => a.parkId === k.id);
          const project = (id: string) => requests.find((r) => r.id === id)!.project;
          const landUsed = mine.reduce((sum, a) => sum + (project(a.applicationId).landMu ?? 0), 0);
          const floorUsed = mine.reduce((sum, a) => sum + (project(a.applicationId).floorSqm ?? 0), 0);
          expect(landUsed).toBeLessThanOrEqual(k.freeLandMu);
          expect(floorUsed).toBeLessThanOrEqual(k.freeFloorSqm);
          for (const a of mine) expect(matchPark(project(a.applicationId), k).suitable).toBe(true);
        }
        const ids = [
          ...proposal.assignments.map((a) => a.applicationId),
          ...proposal.unassigned.map((u) => u.applicationId),
        ];
        expect(ids.sort()).toEqual(requests.map((r) => r.id).sort());
        expect(proposal.gap).toBe(0);
      }),
      { numRuns: 60 },
    );
  });

  it('equals brute force on small instances', () => {
    fc.assert(
      fc.property(instanceArb(5, 3), ([requests, parks]) => {
        const proposal = proposeAllocation(requests, parks, solve);
        expect(proposal.objective).toBeCloseTo(bruteForce(requests, parks), 1);
      }),
      { numRuns: 80 },
    );
  });

  it('says why an application is left out', () => {
    const parks = [park({ id: 'small', freeLandMu: 30 })];
    const requests = [
      { id: 'big', project: project({ landMu: 25, industry: 'NEW_MATERIALS' }) },
      { id: 'also', project: project({ landMu: 20 }) },
      { id: 'dirty', project: project({ landMu: 1, pollution: 'HIGH' }) },
    ];
    const proposal = proposeAllocation(requests, parks, solve);
    expect(proposal.assignments).toHaveLength(1);
    const reasons = Object.fromEntries(proposal.unassigned.map((u) => [u.applicationId, u.reasons.map((r) => r.zh)]));
    expect(reasons.dirty).toContain('没有满足全部硬性条件的园区');
    expect(reasons.dirty).toContain('园区严禁"三高"项目（高污染、高耗能、高排放）');
    expect(Object.values(reasons).flat()).toContain('合适园区的剩余空间已分配给得分更高的申请');
  });
});
