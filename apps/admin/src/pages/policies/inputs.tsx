import { DatePicker, InputNumber, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

const round = (value: number, digits: number) => Number(value.toFixed(digits));

export interface WanInputProps {
  id?: string;
  /** Yuan. */
  value?: number | null;
  onChange?: (yuan: number | null) => void;
  disabled?: boolean;
  placeholder?: string;
  'aria-label'?: string;
}

/** An amount entered in 万元 and kept in yuan (what the API stores). */
export const WanInput = ({ value, onChange, ...rest }: WanInputProps) => {
  const { t } = useTranslation();
  return (
    <InputNumber<number>
      {...rest}
      min={0}
      value={value === null || value === undefined ? null : round(value / 10_000, 6)}
      onChange={(wan) => onChange?.(wan === null || wan === undefined ? null : round(wan * 10_000, 2))}
      addonAfter={t('units.wan')}
      style={{ width: '100%' }}
    />
  );
};

export interface DayInputProps {
  id?: string;
  /** 'YYYY-MM-DD'. */
  value?: string | null;
  onChange?: (day: string | null) => void;
  disabled?: boolean;
  placeholder?: string;
  'aria-label'?: string;
}

/** A calendar day kept as 'YYYY-MM-DD'. */
export const DayInput = ({ value, onChange, placeholder, ...rest }: DayInputProps) => {
  const { t } = useTranslation();
  return (
    <DatePicker
      {...rest}
      placeholder={placeholder ?? t('policies.editor.chooseDate')}
      value={value ? dayjs(value) : null}
      onChange={(day: Dayjs | null) => onChange?.(day ? day.format('YYYY-MM-DD') : null)}
      style={{ width: '100%' }}
    />
  );
};

export interface ChoiceInputProps<T extends string> {
  id?: string;
  value?: T;
  onChange?: (value: T) => void;
  options: { value: T; label: string }[];
  disabled?: boolean;
  /** Names the group (antd's Radio.Group renders no radiogroup role of its own). */
  'aria-label': string;
}

/** One of a few choices as buttons, a labelled radio group for screen readers and tests. */
export const ChoiceInput = <T extends string>({
  id,
  value,
  onChange,
  options,
  disabled,
  ...aria
}: ChoiceInputProps<T>) => (
  <div role="radiogroup" id={id} {...aria}>
    <Radio.Group
      optionType="button"
      value={value}
      disabled={disabled}
      onChange={(event) => onChange?.(event.target.value as T)}
      options={options}
    />
  </div>
);
