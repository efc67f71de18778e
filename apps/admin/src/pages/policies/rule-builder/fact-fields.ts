import { FACT_NAMES, FACTS, type FactDefinition, type FactName, type FactUnit } from '#matching';
import type { Field, OptionGroup } from 'react-querybuilder';

/** The operators the builder offers, by react-querybuilder name, with their i18n key. */
export const BUILDER_OPERATORS = {
  '=': 'eq',
  '!=': 'ne',
  '<': 'lt',
  '<=': 'le',
  '>': 'gt',
  '>=': 'ge',
  between: 'between',
  notBetween: 'notBetween',
  in: 'in',
  notIn: 'notIn',
  null: 'null',
  notNull: 'notNull',
} as const;
export type BuilderOperator = keyof typeof BUILDER_OPERATORS;

const ORDERING: BuilderOperator[] = ['>=', '>', '<=', '<', '=', '!=', 'between', 'notBetween', 'null', 'notNull'];
const CHOICE: BuilderOperator[] = ['=', '!=', 'in', 'notIn', 'null', 'notNull'];
const FLAG: BuilderOperator[] = ['=', 'null', 'notNull'];

/** A value a code fact may take (industry, chain segment, park), labelled in the current language. */
export interface CodeOption {
  value: string;
  label: string;
}
export type CodeOptions = Partial<Record<'industry' | 'chainSegment' | 'parkCode', CodeOption[]>>;

/** What the builder's field carries besides react-querybuilder's own properties. */
export interface FactField extends Field {
  fact: FactName;
  factType: FactDefinition['type'];
  unit: FactUnit | null;
  integer: boolean;
}

export type Translate = (key: string) => string;

export const operatorsFor = (definition: FactDefinition): BuilderOperator[] => {
  if (definition.type === 'boolean') return FLAG;
  if (definition.type === 'string') return CHOICE;
  return ORDERING;
};

const isCodeFact = (name: FactName): name is keyof CodeOptions =>
  name === 'industry' || name === 'chainSegment' || name === 'parkCode';

/** One builder field per fact of the vocabulary, labelled in the current language. */
export const factField = (
  name: FactName,
  locale: 'zh-CN' | 'en-US',
  t: Translate,
  codeOptions: CodeOptions = {},
): FactField => {
  const definition = FACTS[name];
  const operators = operatorsFor(definition).map((operator) => ({
    name: operator,
    value: operator,
    label: t(`policies.builder.operators.${BUILDER_OPERATORS[operator]}`),
  }));
  const base: FactField = {
    name,
    value: name,
    label: locale === 'en-US' ? definition.label.en : definition.label.zh,
    operators,
    fact: name,
    factType: definition.type,
    unit: definition.unit,
    integer: definition.integer ?? false,
  };
  if (definition.type === 'number') return { ...base, inputType: 'number', defaultOperator: '>=' };
  if (definition.type === 'date') return { ...base, inputType: 'date', defaultOperator: '<=' };
  if (definition.type === 'boolean') {
    const label = (value: boolean) => {
      const text = value ? definition.whenTrue : definition.whenFalse;
      return text ? (locale === 'en-US' ? text.en : text.zh) : t(value ? 'common.yes' : 'common.no');
    };
    return {
      ...base,
      valueEditorType: 'select',
      defaultOperator: '=',
      values: [
        { name: 'true', value: 'true', label: label(true) },
        { name: 'false', value: 'false', label: label(false) },
      ],
    };
  }
  const listed: CodeOption[] | undefined = definition.values
    ? definition.values.map((value) => {
        const text = definition.valueLabels?.[value];
        return { value, label: text ? (locale === 'en-US' ? text.en : text.zh) : value };
      })
    : isCodeFact(name)
      ? codeOptions[name]
      : undefined;
  if (!listed || listed.length === 0) return { ...base, defaultOperator: '=' };
  return {
    ...base,
    defaultOperator: '=',
    valueEditorType: (operator: string) => (operator === 'in' || operator === 'notIn' ? 'multiselect' : 'select'),
    values: listed.map((option) => ({ name: option.value, value: option.value, label: option.label })),
  };
};

/** The fact vocabulary as builder fields: stored facts first, then the derived ones. */
export const factFields = (
  locale: 'zh-CN' | 'en-US',
  t: Translate,
  codeOptions: CodeOptions = {},
): OptionGroup<FactField>[] => {
  const group = (kind: 'stored' | 'derived') => ({
    label: t(`policies.builder.factGroups.${kind}`),
    options: FACT_NAMES.filter((name) => FACTS[name].kind === kind).map((name) =>
      factField(name, locale, t, codeOptions),
    ),
  });
  return [group('stored'), group('derived')];
};

/** Shown with a number: money is entered in 万元 and ratios in %, stored in yuan and fractions. */
export const UNIT_SCALE: Partial<Record<FactUnit, number>> = { CNY: 10_000, ratio: 0.01 };

export const toDisplay = (stored: number, unit: FactUnit | null): number => {
  const scale = (unit && UNIT_SCALE[unit]) ?? 1;
  return Number((stored / scale).toPrecision(12));
};

export const toStored = (shown: number, unit: FactUnit | null): number => {
  const scale = (unit && UNIT_SCALE[unit]) ?? 1;
  return Number((shown * scale).toPrecision(12));
};
