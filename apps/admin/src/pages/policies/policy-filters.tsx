import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import type { Industry } from '../../graphql/types';
import { POLICY_KINDS, POLICY_STATUSES, type PolicyKind, type PolicyStatus } from './types';

export interface PolicySearch {
  status?: PolicyStatus;
  kind?: PolicyKind;
  industryCode?: string;
  search?: string;
}

export interface PolicyFiltersProps {
  value: PolicySearch;
  onChange: (next: PolicySearch) => void;
  industries: Industry[];
  /** Enterprises see published policies only, so they get no status filter. */
  showStatus: boolean;
}

/** Status, kind, target industry and a text search; all run on the server. */
export const PolicyFilters = ({ value, onChange, industries, showStatus }: PolicyFiltersProps) => {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Form
      name="policy-filters"
      layout="inline"
      style={{ marginBottom: 16, rowGap: 8 }}
      initialValues={value}
      onValuesChange={(_, all: PolicySearch) => onChange({ ...all, search: all.search?.trim() || undefined })}
    >
      {showStatus && (
        <Form.Item label={t('policies.filters.status')} name="status">
          <Select
            allowClear
            style={{ width: 140 }}
            placeholder={t('policies.filters.statusAll')}
            options={POLICY_STATUSES.map((status) => ({ value: status, label: t(`policies.statuses.${status}`) }))}
          />
        </Form.Item>
      )}
      <Form.Item label={t('policies.filters.kind')} name="kind">
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ width: 150 }}
          placeholder={t('policies.filters.kindAll')}
          options={POLICY_KINDS.map((kind) => ({ value: kind, label: t(`policies.kinds.${kind}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('policies.filters.industry')} name="industryCode">
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ width: 220 }}
          placeholder={t('policies.filters.industryAll')}
          options={industries.map((industry) => ({
            value: industry.code,
            label: f.pick(industry.name, industry.nameEn),
          }))}
        />
      </Form.Item>
      <Form.Item label={t('policies.filters.search')} name="search">
        <Input.Search allowClear placeholder={t('policies.filters.searchPlaceholder')} style={{ width: 240 }} />
      </Form.Item>
    </Form>
  );
};
