import {
  AntDActionElement,
  AntDValueEditor,
  AntDValueSelector,
  type AntDActionProps,
  type AntDValueSelectorProps,
} from '@react-querybuilder/antd';
import { InputNumber, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type {
  ActionProps,
  CombinatorSelectorProps,
  NotToggleProps,
  FieldSelectorProps,
  OperatorSelectorProps,
  Path,
  ValueEditorProps,
} from 'react-querybuilder';
import { toDisplay, toStored, type FactField } from './fact-fields';
import { conditionNumber, type RuleBuilderContext } from './rule-values';

/**
 * The builder's controls with accessible names that say which condition they belong to
 * ("条件 2：比较" / "Condition 2: comparison"), so people and browser tests find them by label.
 */

const useControlLabel = (path: Path, control: string): string => {
  const { t } = useTranslation();
  return path.length === 0
    ? t(`policies.builder.aria.${control}Root`)
    : t(`policies.builder.aria.${control}`, { n: conditionNumber(path) });
};

// react-querybuilder's option types and antd's Select props disagree only about className arrays.
const asSelector = (props: FieldSelectorProps | OperatorSelectorProps | CombinatorSelectorProps) =>
  props as unknown as AntDValueSelectorProps;

export const FactFieldSelector = (props: FieldSelectorProps) => (
  <AntDValueSelector
    {...asSelector(props)}
    showSearch
    aria-label={useControlLabel(props.path, 'field')}
    style={{ width: 280 }}
  />
);

export const FactOperatorSelector = (props: OperatorSelectorProps) => (
  <AntDValueSelector
    {...asSelector(props)}
    aria-label={useControlLabel(props.path, 'operator')}
    style={{ width: 120 }}
  />
);

export const GroupCombinatorSelector = (props: CombinatorSelectorProps) => (
  <AntDValueSelector
    {...asSelector(props)}
    aria-label={useControlLabel(props.path, 'combinator')}
    style={{ width: 130 }}
  />
);

const asPair = (value: unknown): [unknown, unknown] => {
  if (Array.isArray(value)) return [value[0], value[1]];
  if (typeof value === 'string' && value.includes(',')) {
    const [low, high] = value.split(',');
    return [low, high];
  }
  return [undefined, undefined];
};

const asNumber = (value: unknown): number | null => {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
};

/** A condition's value editor in error: its value was never chosen and the form says so. */
const errorProps = (props: ValueEditorProps) => {
  const showErrors = (props.context as RuleBuilderContext | undefined)?.showErrors ?? false;
  return showErrors && props.validation === false ? { status: 'error' as const, 'aria-invalid': true } : {};
};

/**
 * Numbers in the unit a person thinks in: money in 万元 and ratios in %, stored in yuan and
 * fractions (what the rule compares). Other facts use the antd editor of react-querybuilder, with
 * nothing chosen until somebody chooses: an empty select shows its placeholder, not an option.
 */
export const FactValueEditor = (props: ValueEditorProps) => {
  const { t } = useTranslation();
  const label = useControlLabel(props.path, 'value');
  const field = props.fieldData as Partial<FactField>;
  const { operator, value, handleOnChange, disabled } = props;
  if (operator === 'null' || operator === 'notNull') return null;
  const range = operator === 'between' || operator === 'notBetween';
  const error = errorProps(props);
  if (field.factType !== 'number') {
    const choice = props.type === 'select' || props.type === 'multiselect';
    const prompt = t(
      choice
        ? 'policies.builder.chooseValue'
        : field.factType === 'date'
          ? 'policies.builder.chooseDate'
          : 'policies.builder.enterValue',
    );
    return (
      <AntDValueEditor
        {...props}
        // An empty select shows its placeholder; a date stays '' (dayjs reads undefined as today).
        value={choice && (value === '' || value === null) ? undefined : value}
        extraProps={{
          'aria-label': label,
          placeholder: range && field.factType === 'date' ? [prompt, prompt] : prompt,
          style: { width: choice ? 320 : range ? 280 : 200 },
          ...error,
        }}
      />
    );
  }

  const unit = field.unit ?? null;
  const addon = unit ? t(`policies.units.${unit}`) : undefined;
  const shown = (stored: unknown) => {
    const number = asNumber(stored);
    return number === null ? null : toDisplay(number, unit);
  };
  const stored = (input: number | string | null) => {
    const number = asNumber(input);
    return number === null ? '' : toStored(number, unit);
  };
  const input = (current: unknown, onChange: (next: number | string) => void, ariaLabel: string) => (
    <InputNumber
      aria-label={ariaLabel}
      value={shown(current)}
      onChange={(next) => onChange(stored(next))}
      disabled={disabled}
      addonAfter={addon}
      precision={field.integer ? 0 : undefined}
      placeholder={t('policies.builder.enterNumber')}
      style={{ width: 180 }}
      {...(asNumber(current) === null ? error : {})}
    />
  );

  if (range) {
    const [low, high] = asPair(value);
    return (
      <Space size={4}>
        {input(low, (next) => handleOnChange([next, high ?? '']), t('policies.builder.aria.from', { label }))}
        <span>{t('policies.builder.and')}</span>
        {input(high, (next) => handleOnChange([low ?? '', next]), t('policies.builder.aria.to', { label }))}
      </Space>
    );
  }
  return input(value, handleOnChange, label);
};

/** Adding a condition or a group: a plain button, not antd's primary blue. */
export const AddAction = (props: ActionProps) => <AntDActionElement {...(props as AntDActionProps)} type="default" />;

/** Removing: a quiet danger icon button, named by its title. */
export const RemoveAction = (props: ActionProps) => (
  <AntDActionElement {...(props as AntDActionProps)} type="text" danger aria-label={props.title} />
);

/** "Not" on a group: a labelled switch (antd's shows a bare "=" when off). */
export const GroupNotToggle = ({ checked, handleOnChange, label, title, disabled }: NotToggleProps) => (
  <label style={{ display: 'inline-flex', alignItems: 'center', gap: 4, whiteSpace: 'nowrap' }} title={title}>
    <Switch size="small" checked={Boolean(checked)} onChange={(next) => handleOnChange(next)} disabled={disabled} />
    {label}
  </label>
);
