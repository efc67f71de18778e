import { text } from '../i18n.js';
import { freeSpaceOf, spaceOf } from './park-constraints.js';
/** The weights of the score's components; they add up to 100. */
export const SCORE_WEIGHTS = {
    INDUSTRY_FIT: 30,
    CHAIN_SYNERGY: 20,
    STAGE_FIT: 20,
    SPACE_FIT: 15,
    INFRASTRUCTURE: 15,
};
const LABELS = {
    INDUSTRY_FIT: text('产业契合', 'Industry fit'),
    CHAIN_SYNERGY: text('产业链协同', 'Chain synergy'),
    STAGE_FIT: text('发展阶段匹配', 'Stage fit'),
    SPACE_FIT: text('空间匹配', 'Space fit'),
    INFRASTRUCTURE: text('基础设施', 'Infrastructure'),
};
function industryFit(project, park) {
    if (project.industry === null)
        return { value: 0.5, detail: text('未填写所属产业', 'industry not given') };
    const rank = park.targetIndustries.indexOf(project.industry);
    if (rank === 0)
        return { value: 1, detail: text('园区首位主导产业', "the park's leading industry") };
    if (rank > 0)
        return { value: 0.8, detail: text('园区主导产业之一', "one of the park's target industries") };
    return { value: 0.5, detail: text('园区不限产业', 'the park takes any industry') };
}
/** 补链 (a segment the park lacks) is worth most, then 强链 (joining a cluster of the segment). */
function chainSynergy(project, park) {
    const sameIndustry = project.industry ? (park.tenants.byIndustry[project.industry] ?? 0) : 0;
    if (sameIndustry === 0)
        return { value: 0.2, detail: text('园区暂无同产业企业', 'no tenant of the same industry yet') };
    if (project.chainSegment === null) {
        return {
            value: 0.6,
            detail: text(`园区有 ${sameIndustry} 家同产业企业`, `${sameIndustry} tenants of the same industry`),
        };
    }
    const sameSegment = park.tenants.bySegment[project.chainSegment] ?? 0;
    if (sameSegment === 0) {
        return { value: 1, detail: text('补链：园区尚无该产业链环节', 'fills a chain segment the park lacks') };
    }
    return {
        value: 0.7,
        detail: text(`强链：与 ${sameSegment} 家同环节企业集聚`, `joins ${sameSegment} tenants of the same chain segment`),
    };
}
/** Rung on the incubation ladder 众创空间 (1) → 孵化器 (2) → 加速器 (3) → 产业园区 (4). */
const RUNG = {
    MAKERSPACE: 1,
    INCUBATOR: 2,
    ACCELERATOR: 3,
    INDUSTRIAL_PARK: 4,
    ZONE: 4,
    SPECIALTY_PARK: 4,
    ENCLAVE_PARK: 4,
    TOWN: 4,
};
/** The rung each tier of the cultivation ladder belongs on. */
const TIER_RUNG = { TECH_SME: 1.5, HIGH_TECH: 2.5, LITTLE_GIANT: 3.5, LEADING: 4 };
function stageFit(project, park) {
    if (project.tier === null)
        return { value: 0.5, detail: text('未填写企业梯次', 'tier not given') };
    const distance = Math.abs(RUNG[park.kind] - TIER_RUNG[project.tier]);
    const value = Math.max(0, 1 - distance / 3);
    return value >= 0.8
        ? { value, detail: text('载体与企业发展阶段相符', "the carrier suits the enterprise's stage") }
        : { value, detail: text('载体与企业发展阶段相差较远', "the carrier is far from the enterprise's stage") };
}
/** Taking up to half the free space fits fully; taking the last of it leaves others none. */
function spaceFit(project, park) {
    const { unit, amount } = spaceOf(project);
    const free = freeSpaceOf(park, unit);
    const share = free > 0 ? amount / free : 1;
    const value = share <= 0.5 ? 1 : Math.max(0.5, 1 - (share - 0.5));
    const pct = Math.round(share * 100);
    return { value, detail: text(`占园区剩余空间的 ${pct}%`, `takes ${pct} % of the free space`) };
}
function infrastructure(project, park) {
    const needs = project.infrastructureNeeds;
    if (needs.length === 0)
        return { value: 1, detail: text('无特殊基础设施需求', 'no special infrastructure needed') };
    const met = needs.filter((need) => park.infrastructure.includes(need)).length;
    return {
        value: met / needs.length,
        detail: text(`满足 ${met}/${needs.length} 项需求`, `${met} of ${needs.length} needs met`),
    };
}
const SCORERS = {
    INDUSTRY_FIT: industryFit,
    CHAIN_SYNERGY: chainSynergy,
    STAGE_FIT: stageFit,
    SPACE_FIT: spaceFit,
    INFRASTRUCTURE: infrastructure,
};
const round1 = (value) => Math.round(value * 10) / 10;
/** The 0–100 score of a suitable park as a weighted sum of named components, each reported. */
export function scorePark(project, park) {
    const components = Object.keys(SCORE_WEIGHTS).map((code) => {
        const { value, detail } = SCORERS[code](project, park);
        const weight = SCORE_WEIGHTS[code];
        return { code, label: LABELS[code], weight, value, points: round1(weight * value), detail };
    });
    const score = round1(components.reduce((sum, c) => sum + c.weight * c.value, 0));
    return { score, components };
}
