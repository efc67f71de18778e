import { FACTS, isFactName } from './facts.js';
/** A number rounded for people: at most `digits` decimals, no float noise, no "-0". */
export function trimNumber(value, digits = 2) {
    const rounded = Number(value.toFixed(digits));
    return Object.is(rounded, -0) ? '0' : String(rounded);
}
function grouped(value, digits = 2) {
    const [int, frac] = trimNumber(value, digits).split('.');
    const withCommas = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return frac ? `${withCommas}.${frac}` : withCommas;
}
/** Yuan as a person reads it: 万元 / 亿元 in Chinese, grouped yuan in English. */
export function formatMoney(yuan) {
    const abs = Math.abs(yuan);
    const zh = abs >= 1e8
        ? `${trimNumber(yuan / 1e8, 4)}亿元`
        : abs >= 1e4
            ? `${trimNumber(yuan / 1e4, 2)}万元`
            : `${trimNumber(yuan, 2)}元`;
    return { zh, en: `CNY ${grouped(yuan)}` };
}
/** A number in a unit. Ratios are fractions shown as percentages (0.05 → 5%). */
export function formatNumber(value, unit) {
    switch (unit) {
        case 'CNY':
            return formatMoney(value);
        case 'ratio': {
            const pct = trimNumber(value * 100, 2);
            return { zh: `${pct}%`, en: `${pct} %` };
        }
        case 'person':
            return { zh: `${trimNumber(value)}人`, en: `${trimNumber(value)} ${value === 1 ? 'person' : 'people'}` };
        case 'count':
            return { zh: `${trimNumber(value)}项`, en: trimNumber(value) };
        case 'tce':
            return { zh: `${trimNumber(value)}吨标准煤`, en: `${grouped(value)} tce` };
        case 'year':
            return { zh: `${trimNumber(value)}年`, en: `${trimNumber(value)} ${value === 1 ? 'year' : 'years'}` };
        default:
            return { zh: trimNumber(value, 4), en: grouped(value, 4) };
    }
}
/** A value of a fact (or of an expression in a unit), labelled for people. */
export function formatValue(value, fact, unit, labels) {
    if (value === null || value === undefined)
        return { zh: '空', en: 'none' };
    if (Array.isArray(value)) {
        const parts = value.map((v) => formatValue(v, fact, unit, labels));
        return { zh: parts.map((p) => p.zh).join('、'), en: parts.map((p) => p.en).join(', ') };
    }
    const def = fact !== null && isFactName(fact) ? FACTS[fact] : null;
    if (typeof value === 'number')
        return formatNumber(value, unit ?? (def && def.type === 'number' ? def.unit : null));
    if (typeof value === 'boolean') {
        if (def?.whenTrue && def.whenFalse)
            return value ? def.whenTrue : def.whenFalse;
        return value ? { zh: '是', en: 'yes' } : { zh: '否', en: 'no' };
    }
    if (typeof value === 'string') {
        const label = def?.valueLabels?.[value] ?? (fact !== null ? labels?.(fact, value) : undefined);
        return label ?? { zh: value, en: value };
    }
    const json = JSON.stringify(value);
    return { zh: json, en: json };
}
/** How far a number is from a threshold, in its unit: percentage points for ratios. */
export function formatGap(gap, unit) {
    switch (unit) {
        case 'ratio': {
            const pp = trimNumber(gap * 100, 2);
            return { zh: `${pp}个百分点`, en: `${pp} percentage ${pp === '1' ? 'point' : 'points'}` };
        }
        case 'year': {
            const days = Math.round(gap * 365.25);
            const base = formatNumber(gap, 'year');
            return { zh: `${base.zh}（约${days}天）`, en: `${base.en} (about ${days} days)` };
        }
        default:
            return formatNumber(gap, unit);
    }
}
