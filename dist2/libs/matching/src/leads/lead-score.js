import { text } from '../i18n.js';
export const LEAD_SCORE_WEIGHTS = {
    SIZE: 25,
    CHAIN: 20,
    TECHNOLOGY: 15,
    TAX: 15,
    CLUSTER: 15,
    GREEN: 10,
};
const LABELS = {
    SIZE: text('投资规模', 'Investment size'),
    CHAIN: text('补链强链', 'Pull on the chain'),
    TECHNOLOGY: text('技术含量', 'Technology'),
    TAX: text('税收贡献', 'Tax'),
    CLUSTER: text('主导产业契合', 'Priority cluster fit'),
    GREEN: text('绿色低碳', 'Green'),
};
const WAN = 10_000;
const YI = 100_000_000;
/** 0 at `low`, 1 at `high`, logarithmic between: 1 000 万 and 10 亿 are far apart but both count. */
function logScale(amount, low, high) {
    if (amount <= low)
        return 0;
    if (amount >= high)
        return 1;
    return Math.log(amount / low) / Math.log(high / low);
}
const money = (yuan) => (yuan >= YI ? `${+(yuan / YI).toFixed(2)} 亿元` : `${+(yuan / WAN).toFixed(0)} 万元`);
function size(input) {
    if (input.plannedInvestment === null)
        return { value: 0, detail: text('未填写计划投资额', 'planned investment not given') };
    const value = logScale(input.plannedInvestment, 1_000 * WAN, 10 * YI);
    return {
        value,
        detail: text(`计划投资 ${money(input.plannedInvestment)}`, `plans ${money(input.plannedInvestment)}`),
    };
}
function chain(input) {
    if (input.segmentTenants === null)
        return { value: 0.3, detail: text('未填写产业链环节', 'chain segment not given') };
    if (input.segmentTenants === 0) {
        return { value: 1, detail: text('补链：区内尚无该环节企业', 'fills a chain link the district lacks') };
    }
    if (input.segmentTenants < 5) {
        return {
            value: 0.7,
            detail: text(`强链：区内该环节仅 ${input.segmentTenants} 家企业`, `strengthens a thin link (${input.segmentTenants} firms)`),
        };
    }
    return {
        value: 0.4,
        detail: text(`区内该环节已有 ${input.segmentTenants} 家企业`, `${input.segmentTenants} firms already in the link`),
    };
}
const TECH_FLAGS = new Set(['TECH_PIONEER', 'INDUSTRY_LEADER']);
const STRENGTH_FLAGS = new Set([
    'GLOBAL_500',
    'CHINA_500',
    'CENTRAL_SOE',
    'LEADING_PRIVATE',
    'LISTED',
    'WELL_KNOWN_BRAND',
]);
function technology(input) {
    const techFlags = input.targetFlags.filter((f) => TECH_FLAGS.has(f)).length;
    const strength = input.targetFlags.some((f) => STRENGTH_FLAGS.has(f));
    const value = Math.min(1, (input.highTechIndustry ? 0.4 : 0) + techFlags * 0.3 + (strength ? 0.2 : 0));
    const detail = techFlags
        ? text('行业领军或科技先导企业', 'an industry leader or technology pioneer')
        : input.highTechIndustry
            ? text('高新技术产业', 'a high-technology industry')
            : text('非高新技术产业', 'not a high-technology industry');
    return { value, detail };
}
function tax(input) {
    if (input.expectedAnnualTax === null)
        return { value: 0, detail: text('未填写预计年纳税额', 'expected tax not given') };
    const value = logScale(input.expectedAnnualTax, 50 * WAN, 5_000 * WAN);
    return {
        value,
        detail: text(`预计年纳税 ${money(input.expectedAnnualTax)}`, `expects ${money(input.expectedAnnualTax)} of tax a year`),
    };
}
function cluster(input) {
    if (input.industryCode === null)
        return { value: 0, detail: text('未填写所属产业', 'industry not given') };
    return input.priorityIndustry
        ? { value: 1, detail: text('属于四大主导产业', 'in one of the four priority clusters') }
        : { value: 0.35, detail: text('不属于四大主导产业', 'outside the four priority clusters') };
}
function green(input) {
    switch (input.pollutionCategory) {
        case 'LOW':
            return { value: 1, detail: text('低污染', 'low pollution') };
        case 'MEDIUM':
            return { value: 0.5, detail: text('中度污染', 'medium pollution') };
        case 'HIGH':
            return { value: 0, detail: text('高污染（三高项目）', 'high pollution') };
        default:
            return { value: 0.5, detail: text('未填写污染类别', 'pollution category not given') };
    }
}
const PARTS = {
    SIZE: size,
    CHAIN: chain,
    TECHNOLOGY: technology,
    TAX: tax,
    CLUSTER: cluster,
    GREEN: green,
};
/** The 0–100 priority of a lead with its named components (points = weight × value, rounded at the end). */
export function scoreLead(input) {
    const components = Object.keys(PARTS).map((code) => {
        const { value, detail } = PARTS[code](input);
        const weight = LEAD_SCORE_WEIGHTS[code];
        return { code, label: LABELS[code], weight, value, points: Math.round(weight * value * 10) / 10, detail };
    });
    const score = Math.round(components.reduce((sum, c) => sum + c.weight * c.value, 0));
    return { score, components };
}
