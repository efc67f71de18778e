import { FACTS, formatValue, isFactName, sortFactNames } from '#matching';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format/use-format';

/** A set of stored facts as people read them: "职工总数 100人；近一年销售（营业）收入 5000万元". */
export const FactsSummary = ({ facts }: { facts: unknown }) => {
  const { t } = useTranslation();
  const f = useFormat();
  if (typeof facts !== 'object' || facts === null || Array.isArray(facts)) {
    return <Typography.Text code>{JSON.stringify(facts)}</Typography.Text>;
  }
  const record = facts as Record<string, unknown>;
  const names = sortFactNames(Object.keys(record));
  if (names.length === 0) return <Typography.Text type="secondary">{t('policies.testCases.noFacts')}</Typography.Text>;
  const parts = names.map((name) => {
    const value = record[name];
    const label = isFactName(name) ? f.pick(FACTS[name].label.zh, FACTS[name].label.en) : name;
    const text =
      value === null || value === undefined ? t('policies.testCases.missing') : formatValue(value, name, null);
    return `${label} ${typeof text === 'string' ? text : f.pick(text.zh, text.en)}`;
  });
  return <span style={{ fontSize: 12 }}>{parts.join(f.locale === 'en-US' ? '; ' : '；')}</span>;
};
