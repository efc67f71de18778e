import { text } from '../i18n.js';
const POLLUTION_RANK = { LOW: 1, MEDIUM: 2, HIGH: 3 };
const POLLUTION_LABEL = {
    LOW: { zh: '低', en: 'low' },
    MEDIUM: { zh: '中', en: 'medium' },
    HIGH: { zh: '高', en: 'high' },
};
/** Incubation carriers (众创空间, 孵化器, 加速器): incubator seats are there, land is not. */
export const INCUBATION_KINDS = new Set(['MAKERSPACE', 'INCUBATOR', 'ACCELERATOR']);
/** The space a project takes: land (亩) for LAND, floor space (m²) for everything else. */
export function spaceOf(project) {
    return project.kind === 'LAND'
        ? { unit: 'MU', amount: project.landMu ?? 0 }
        : { unit: 'SQM', amount: project.floorSqm ?? 0 };
}
export function freeSpaceOf(park, unit) {
    return unit === 'MU' ? park.freeLandMu : park.freeFloorSqm;
}
function carrierKindFault(project, park) {
    const incubation = INCUBATION_KINDS.has(park.kind);
    if (project.kind === 'INCUBATOR_SEAT' && !incubation) {
        return {
            code: 'CARRIER_KIND',
            text: text('孵化工位只在众创空间、孵化器和加速器', 'incubator seats are only in makerspaces, incubators and accelerators'),
        };
    }
    if (project.kind === 'LAND' && incubation) {
        return { code: 'CARRIER_KIND', text: text('孵化载体不提供用地', 'an incubation carrier has no land to offer') };
    }
    return null;
}
function spaceFault(project, park) {
    const { unit, amount } = spaceOf(project);
    const free = freeSpaceOf(park, unit);
    if (amount <= free)
        return null;
    return unit === 'MU'
        ? {
            code: 'LAND_SPACE',
            text: text(`需用地 ${amount} 亩，园区仅余 ${free} 亩`, `needs ${amount} mu of land, ${free} mu free`),
        }
        : {
            code: 'FLOOR_SPACE',
            text: text(`需面积 ${amount} m²，园区仅余 ${free} m²`, `needs ${amount} m² of floor space, ${free} m² free`),
        };
}
function industryFault(project, park) {
    if (project.industry === null)
        return null;
    if (park.excludedIndustries.includes(project.industry)) {
        return { code: 'INDUSTRY_EXCLUDED', text: text('园区不接纳该产业', 'the park excludes this industry') };
    }
    if (park.targetIndustries.length > 0 && !park.targetIndustries.includes(project.industry)) {
        return {
            code: 'INDUSTRY_NOT_TARGETED',
            text: text('不属于园区主导产业', "not among the park's target industries"),
        };
    }
    return null;
}
/** 三高: a rule about the project (pollution, energy), never a ban on an industry. */
function environmentFaults(project, park) {
    const faults = [];
    const overEnergy = park.maxEnergyTce !== null && project.energyTce !== null && project.energyTce > park.maxEnergyTce;
    if (park.forbidsThreeHigh && (project.pollution === 'HIGH' || overEnergy)) {
        faults.push({
            code: 'THREE_HIGH',
            text: text('园区严禁"三高"项目（高污染、高耗能、高排放）', 'the park forbids high-pollution, high-energy, high-emission projects'),
        });
    }
    if (project.pollution !== null && POLLUTION_RANK[project.pollution] > POLLUTION_RANK[park.maxPollution]) {
        const [p, max] = [POLLUTION_LABEL[project.pollution], POLLUTION_LABEL[park.maxPollution]];
        faults.push({
            code: 'POLLUTION',
            text: text(`污染类别为${p.zh}，园区上限为${max.zh}`, `pollution category ${p.en}, the park admits up to ${max.en}`),
        });
    }
    if (overEnergy) {
        faults.push({
            code: 'ENERGY',
            text: text(`年综合能耗 ${project.energyTce} 吨标准煤，超过园区上限 ${park.maxEnergyTce} 吨`, `energy use ${project.energyTce} tce a year, over the park's limit of ${park.maxEnergyTce} tce`),
        });
    }
    return faults;
}
function tierFault(project, park) {
    if (park.servedTiers.length === 0 || project.tier === null || park.servedTiers.includes(project.tier))
        return null;
    return {
        code: 'TIER_NOT_SERVED',
        text: text('该载体不服务此梯次的企业', 'the carrier does not serve enterprises of this tier'),
    };
}
/** What cannot be checked: a park limit the project gives no figure for. */
function unknownConstraints(project, park) {
    const unknowns = [];
    const limitsPollution = park.forbidsThreeHigh || park.maxPollution !== 'HIGH';
    if (project.pollution === null && limitsPollution) {
        unknowns.push({
            code: 'POLLUTION',
            text: text('未填写污染类别，无法核对园区环保要求', 'no pollution category given to check against the park'),
        });
    }
    if (project.energyTce === null && park.maxEnergyTce !== null) {
        unknowns.push({
            code: 'ENERGY',
            text: text('未填写年综合能耗，无法核对园区能耗上限', "no energy use given to check against the park's limit"),
        });
    }
    if (project.industry === null && (park.targetIndustries.length > 0 || park.excludedIndustries.length > 0)) {
        unknowns.push({ code: 'INDUSTRY_NOT_TARGETED', text: text('未填写所属产业', 'no industry given') });
    }
    if (project.tier === null && park.servedTiers.length > 0) {
        unknowns.push({ code: 'TIER_NOT_SERVED', text: text('未填写企业梯次', 'no enterprise tier given') });
    }
    return unknowns;
}
/** The hard constraints, each failure with its reason; a park failing any one is unsuitable. */
export function checkConstraints(project, park) {
    const failures = [
        carrierKindFault(project, park),
        spaceFault(project, park),
        industryFault(project, park),
        ...environmentFaults(project, park),
        tierFault(project, park),
    ].filter((fault) => fault !== null);
    return { failures, unknowns: unknownConstraints(project, park) };
}
