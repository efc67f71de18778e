import { checkConstraints } from './park-constraints.js';
import { scorePark } from './park-score.js';
/** One park for one project: hard constraints first, then (if all pass) the score. */
export function matchPark(project, park) {
    const { failures, unknowns } = checkConstraints(project, park);
    const { score, components } = scorePark(project, park);
    const suitable = failures.length === 0;
    return { parkId: park.id, suitable, score: suitable ? score : 0, components, failures, unknowns };
}
/** Every park for one project: suitable ones by score (best first), then the unsuitable. */
export function rankParks(project, parks) {
    return parks
        .map((park) => matchPark(project, park))
        .sort((a, b) => Number(b.suitable) - Number(a.suitable) || b.score - a.score || a.parkId.localeCompare(b.parkId));
}
