import { isIsoDay } from './dates.js';
import { FACTS, FACT_NAMES, isFactName } from './facts.js';
import { text } from './i18n.js';
/** A fact as a person reads it: its label, never its key (`rdExpense` → 近一年研发费用). */
const named = (name) => FACTS[name].label;
/** The fact whose label was typed as a key (`{"所属产业": …}` in the advanced view), if any. */
function factByLabel(typed) {
    const wanted = typed.trim().toLowerCase();
    return (FACT_NAMES.find((n) => FACTS[n].label.zh === typed.trim() || FACTS[n].label.en.toLowerCase() === wanted) ?? null);
}
function unknownFact(name) {
    const meant = factByLabel(name);
    // The advanced JSON view keys facts by their code: say which one the label stands for.
    const message = meant
        ? text(`“${name}”是指标的名称，在 JSON 中请写作 "${meant}"（或在表单中填写）`, `"${name}" is the indicator's name; in JSON write it as "${meant}" (or use the form)`)
        : text(`未知的指标“${name}”`, `Unknown indicator "${name}"`);
    return { code: 'UNKNOWN_FACT', path: name, message };
}
/**
 * Check hand-written stored facts (a test case, the evaluatePolicy input, a profile form) before
 * they reach the engine: every fault, each with the fact it concerns. null means "not entered".
 */
export function validateStoredFacts(input) {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
        return [
            {
                code: 'NOT_AN_OBJECT',
                path: '',
                message: text('指标应写成一个 JSON 对象', 'The indicators must be a JSON object'),
            },
        ];
    }
    const faults = [];
    for (const [name, value] of Object.entries(input)) {
        if (!isFactName(name)) {
            faults.push(unknownFact(name));
            continue;
        }
        const def = FACTS[name];
        if (def.kind === 'derived') {
            const inputs = (def.inputs ?? []).map(named);
            faults.push({
                code: 'DERIVED_FACT',
                path: name,
                message: text(`“${def.label.zh}”由${inputs.map((i) => `“${i.zh}”`).join('、')}计算得出，请填写这些指标`, `"${def.label.en}" is computed from ${inputs.map((i) => `"${i.en}"`).join(', ')}; enter those instead`),
            });
            continue;
        }
        if (value === null || value === undefined)
            continue;
        const fault = typeFault(name, value);
        if (fault)
            faults.push(fault);
    }
    return faults;
}
function typeFault(name, value) {
    const def = FACTS[name];
    const label = def.label;
    const mismatch = (zh, en) => ({
        code: 'TYPE_MISMATCH',
        path: name,
        message: text(`“${label.zh}”应为${zh}`, `"${label.en}" must be ${en}`),
    });
    switch (def.type) {
        case 'number':
            if (typeof value !== 'number' || !Number.isFinite(value))
                return mismatch('数值', 'a number');
            if (value < 0)
                return mismatch('非负数', 'zero or more');
            if (def.integer && !Number.isInteger(value))
                return mismatch('整数', 'a whole number');
            return null;
        case 'date':
            return isIsoDay(value) ? null : mismatch('YYYY-MM-DD 格式的日期', 'a date as YYYY-MM-DD');
        case 'boolean':
            return typeof value === 'boolean' ? null : mismatch('true 或 false', 'true or false');
        case 'string':
            if (typeof value !== 'string')
                return mismatch('字符串', 'a string');
            if (def.values && !def.values.includes(value)) {
                // The JSON view stores codes: each allowed code beside its label.
                const allowed = (locale) => def.values
                    ?.map((code) => {
                    const shown = def.valueLabels?.[code]?.[locale];
                    return shown ? `${shown} ${code}` : code;
                })
                    .join(locale === 'zh' ? '、' : ', ');
                return {
                    code: 'VALUE_NOT_ALLOWED',
                    path: name,
                    message: text(`“${label.zh}”的取值“${value}”不在允许范围内（${allowed('zh')}）`, `"${value}" is not a value of "${label.en}" (${allowed('en')})`),
                };
            }
            return null;
    }
}
