import { Form, Input, Select, type FormProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import type { Tier } from '../../graphql/types';
import { TIERS } from '../../components/reference-data/plan-codes';
import type { Taxonomy } from './use-taxonomy';

export interface EnterpriseSearch {
  search?: string;
  industryCode?: string;
  tier?: Tier;
  parkCode?: string;
}

/** Name search (Chinese substrings too) and filters by industry, tier and park; all run on the server. */
export const EnterpriseFilters = ({
  formProps,
  taxonomy,
}: {
  formProps: FormProps<EnterpriseSearch>;
  taxonomy: Taxonomy;
}) => {
  const { t } = useTranslation();
  const f = useFormat();
  const submit = () => formProps.form?.submit();
  return (
    <Form {...formProps} name="enterprise-filters" layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
      <Form.Item label={t('enterprises.filters.search')} name="search">
        <Input.Search
          allowClear
          placeholder={t('enterprises.filters.searchPlaceholder')}
          onSearch={submit}
          style={{ width: 260 }}
        />
      </Form.Item>
      <Form.Item label={t('enterprises.filters.industry')} name="industryCode">
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ width: 200 }}
          placeholder={t('enterprises.filters.industryAll')}
          onChange={submit}
          options={taxonomy.industries.map((industry) => ({
            value: industry.code,
            label: f.pick(industry.name, industry.nameEn),
          }))}
        />
      </Form.Item>
      <Form.Item label={t('enterprises.filters.tier')} name="tier">
        <Select
          allowClear
          style={{ width: 170 }}
          placeholder={t('enterprises.filters.tierAll')}
          onChange={submit}
          options={TIERS.map((tier) => ({ value: tier, label: t(`enterprises.tiers.${tier}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('enterprises.filters.park')} name="parkCode">
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ width: 200 }}
          placeholder={t('enterprises.filters.parkAll')}
          onChange={submit}
          options={taxonomy.parks.map((park) => ({ value: park.code, label: f.pick(park.name, park.nameEn) }))}
        />
      </Form.Item>
    </Form>
  );
};
