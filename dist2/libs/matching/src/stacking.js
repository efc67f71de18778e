/**
 * Policies in one stacking group pay at most the largest benefit, not the sum. Ties go to the
 * first in input order, so callers sort their input (e.g. by policy code) for stable answers.
 */
export function applyStackingGroups(matches) {
    const eligible = (m) => (m.outcome ?? 'ELIGIBLE') === 'ELIGIBLE';
    const best = new Map();
    matches.forEach((m, i) => {
        if (!eligible(m) || m.stackingGroup === null)
            return;
        const current = best.get(m.stackingGroup);
        if (current === undefined || m.benefit > matches[current].benefit)
            best.set(m.stackingGroup, i);
    });
    const items = matches.map((match, i) => {
        if (!eligible(match))
            return { match, counts: false, supersededBy: null };
        if (match.stackingGroup === null)
            return { match, counts: true, supersededBy: null };
        const winner = best.get(match.stackingGroup);
        return { match, counts: winner === i, supersededBy: winner === i ? null : winner };
    });
    const totalBenefit = items.reduce((sum, item) => sum + (item.counts ? item.match.benefit : 0), 0);
    return { items, totalBenefit: Math.round(totalBenefit * 100) / 100 };
}
