import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import { FACT_KINDS, isStoredFact } from './fact-groups';
import type { FactValue } from './profile-model';
import type { Taxonomy } from './use-taxonomy';

/** A fact's value as a person reads it: 万元, 人, 项, 吨标准煤/年, names for codes; missing as 未填写. */
export const useFactFormat = (taxonomy: Taxonomy) => {
  const { t } = useTranslation();
  const f = useFormat();
  return (fact: string, value: FactValue | undefined): string => {
    if (value === null || value === undefined || value === '') return t('enterprises.notEntered');
    if (!isStoredFact(fact)) return String(value);
    switch (FACT_KINDS[fact]) {
      case 'money':
        return f.money(Number(value));
      case 'person':
        return `${f.number(Number(value), 0)} ${t('enterprises.units.person')}`;
      case 'count':
        return `${f.number(Number(value), 0)} ${t('enterprises.units.count')}`;
      case 'tce':
        return `${f.number(Number(value), 2)} ${t('enterprises.units.tce')}`;
      case 'date':
        return f.date(String(value));
      case 'boolean':
        return value ? t('common.yes') : t('common.no');
      case 'industry':
        return taxonomy.industryName(String(value));
      case 'segment':
        return taxonomy.segmentName(String(value));
      case 'park':
        return taxonomy.parkName(String(value));
      case 'tier':
        return t(`enterprises.tiers.${String(value)}`);
      case 'ownership':
        return t(`enterprises.ownerships.${String(value)}`);
      case 'pollution':
        return t(`enterprises.pollution.${String(value)}`);
    }
  };
};
