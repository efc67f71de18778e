import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { TIERS } from '../../components/reference-data/plan-codes';
import { useFormat } from '../../format/use-format';
import type { Outcome, Tier } from '../../gql/graphql';
import { useTaxonomy } from '../enterprises/use-taxonomy';
import { useFactLabel } from '../policies/policy-explanation/fact-label';

/** The arguments of policyQualifiers and of its export, as the page sends them. */
export interface QualifierFilter {
  outcome?: Outcome;
  nearMiss?: boolean;
  industryCode?: string;
  parkCode?: string;
  tier?: Tier;
  gapFact?: string;
  search?: string;
}

/** What staff pick above the lists (the tab picks outcome / near miss). */
export type EnterpriseFilter = Pick<QualifierFilter, 'industryCode' | 'parkCode' | 'tier' | 'gapFact' | 'search'>;

/**
 * Pickers with names, never codes: the enterprise's industry, park and tier, the condition a near
 * miss falls short on (the policy's numeric facts), and a name search; each applies at once.
 */
export const QualifierFilters = ({
  value,
  onChange,
  gapFacts,
}: {
  value: EnterpriseFilter;
  onChange: (next: EnterpriseFilter) => void;
  /** The facts to offer for the gap; none hides the picker (lists other than near misses). */
  gapFacts: string[];
}) => {
  const { t } = useTranslation();
  const f = useFormat();
  const taxonomy = useTaxonomy();
  const factLabel = useFactLabel();
  const set = (patch: EnterpriseFilter) => onChange({ ...value, ...patch });
  return (
    <Form layout="inline" style={{ marginBottom: 12, rowGap: 8 }} name="qualifierFilters">
      <Form.Item label={t('matching.qualifiers.filters.search')} htmlFor="qualifierSearch">
        <Input.Search
          id="qualifierSearch"
          allowClear
          defaultValue={value.search}
          placeholder={t('matching.qualifiers.filters.searchPlaceholder')}
          onSearch={(search) => set({ search: search.trim() || undefined })}
          style={{ width: 220 }}
        />
      </Form.Item>
      <Form.Item label={t('matching.qualifiers.filters.industry')} htmlFor="qualifierIndustry">
        <Select
          id="qualifierIndustry"
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ width: 180 }}
          value={value.industryCode}
          placeholder={t('matching.qualifiers.filters.all')}
          onChange={(industryCode?: string) => set({ industryCode })}
          options={taxonomy.industries.map((i) => ({ value: i.code, label: f.pick(i.name, i.nameEn) }))}
        />
      </Form.Item>
      <Form.Item label={t('matching.qualifiers.filters.park')} htmlFor="qualifierPark">
        <Select
          id="qualifierPark"
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ width: 200 }}
          value={value.parkCode}
          placeholder={t('matching.qualifiers.filters.all')}
          onChange={(parkCode?: string) => set({ parkCode })}
          options={taxonomy.parks.map((park) => ({ value: park.code, label: f.pick(park.name, park.nameEn) }))}
        />
      </Form.Item>
      <Form.Item label={t('matching.qualifiers.filters.tier')} htmlFor="qualifierTier">
        <Select
          id="qualifierTier"
          allowClear
          style={{ width: 160 }}
          value={value.tier}
          placeholder={t('matching.qualifiers.filters.all')}
          onChange={(tier?: Tier) => set({ tier })}
          options={TIERS.map((tier) => ({ value: tier, label: t(`enterprises.tiers.${tier}`) }))}
        />
      </Form.Item>
      {gapFacts.length > 0 && (
        <Form.Item label={t('matching.qualifiers.filters.gapFact')} htmlFor="qualifierGapFact">
          <Select
            id="qualifierGapFact"
            allowClear
            showSearch
            optionFilterProp="label"
            style={{ width: 240 }}
            value={value.gapFact}
            placeholder={t('matching.qualifiers.filters.all')}
            onChange={(gapFact?: string) => set({ gapFact })}
            options={gapFacts.map((fact) => ({ value: fact, label: factLabel(fact) }))}
          />
        </Form.Item>
      )}
    </Form>
  );
};
