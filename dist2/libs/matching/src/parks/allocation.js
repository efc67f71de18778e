import { text } from '../i18n.js';
import { freeSpaceOf, spaceOf } from './park-constraints.js';
import { matchPark } from './park-match.js';
const SOLVED = new Set(['Optimal', 'Time limit reached', 'Iteration limit reached']);
/** Maximise Σ score·x subject to one park per application and each park's free land and floor space. */
export function allocationModel(candidates, parks, binary) {
    const objective = candidates.map((c) => `${c.score} ${c.column}`).join(' + ');
    const rows = [];
    const byRequest = new Map();
    for (const c of candidates)
        byRequest.set(c.request.id, [...(byRequest.get(c.request.id) ?? []), c]);
    [...byRequest.values()].forEach((group, i) => rows.push(` one${i}: ${group.map((c) => c.column).join(' + ')} <= 1`));
    parks.forEach((park, p) => {
        for (const unit of ['MU', 'SQM']) {
            const terms = candidates
                .filter((c) => c.parkId === park.id && spaceOf(c.request.project).unit === unit)
                .map((c) => `${spaceOf(c.request.project).amount} ${c.column}`);
            if (terms.length > 0)
                rows.push(` cap${unit}${p}: ${terms.join(' + ')} <= ${freeSpaceOf(park, unit)}`);
        }
    });
    const columns = candidates.map((c) => c.column).join(' ');
    const integrality = binary
        ? ['Binary', ` ${columns}`]
        : ['Bounds', ...candidates.map((c) => ` 0 <= ${c.column} <= 1`)];
    return ['Maximize', ` total: ${objective}`, 'Subject To', ...rows, ...integrality, 'End'].join('\n');
}
function unassignedReasons(request, parks, hadCandidates) {
    if (hadCandidates) {
        return [
            text('合适园区的剩余空间已分配给得分更高的申请', 'the free space of the suitable parks went to higher-scoring applications'),
        ];
    }
    if (parks.length === 0)
        return [text('没有可分配的园区', 'no park to allocate')];
    const reasons = new Map();
    for (const park of parks) {
        for (const failure of matchPark(request.project, park).failures)
            reasons.set(failure.code, failure.text);
    }
    return [text('没有满足全部硬性条件的园区', 'no park meets every hard constraint'), ...reasons.values()];
}
/**
 * Assigns competing applications to parks, maximising the total score without exceeding any park's
 * free land or floor space and without breaking a hard constraint (only suitable pairs are variables).
 */
export function proposeAllocation(requests, parks, solve, timeLimitSeconds = 10) {
    const candidates = [];
    requests.forEach((request, r) => parks.forEach((park, p) => {
        const match = matchPark(request.project, park);
        if (match.suitable)
            candidates.push({ column: `x${r}_${p}`, request, parkId: park.id, score: match.score });
    }));
    let chosen = [];
    let gap = 0;
    if (candidates.length > 0) {
        const solution = solve(allocationModel(candidates, parks, true), { mip_rel_gap: 0, time_limit: timeLimitSeconds });
        if (!SOLVED.has(solution.Status))
            throw new Error(`allocation model not solved: ${solution.Status}`);
        chosen = candidates.filter((c) => (solution.Columns[c.column]?.Primal ?? 0) > 0.5);
        if (solution.Status !== 'Optimal') {
            const bound = solve(allocationModel(candidates, parks, false), { mip_rel_gap: 0, time_limit: timeLimitSeconds });
            const objective = chosen.reduce((sum, c) => sum + c.score, 0);
            gap = bound.ObjectiveValue > 0 ? Math.max(0, (bound.ObjectiveValue - objective) / bound.ObjectiveValue) : 0;
        }
    }
    const assigned = new Set(chosen.map((c) => c.request.id));
    const withCandidates = new Set(candidates.map((c) => c.request.id));
    return {
        assignments: chosen.map((c) => ({ applicationId: c.request.id, parkId: c.parkId, score: c.score })),
        unassigned: requests
            .filter((request) => !assigned.has(request.id))
            .map((request) => ({
            applicationId: request.id,
            reasons: unassignedReasons(request, parks, withCandidates.has(request.id)),
        })),
        objective: Math.round(chosen.reduce((sum, c) => sum + c.score, 0) * 10) / 10,
        gap,
    };
}
