import { Select, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGqlCall, useGqlQuery } from '../../../providers/use-gql';
import { useDebounced } from '../../leads/use-debounced';
import { SAMPLE_ENTERPRISE_FACTS_QUERY, SAMPLE_ENTERPRISES_QUERY } from '../queries';

export interface SampleProfile {
  name: string;
  /** The enterprise's record: its stored facts among other fields. */
  profile: Record<string, unknown>;
}

export interface SampleEnterprisePickerProps {
  /** Names the picker ("用例 1：从示例企业填入"). */
  'aria-label': string;
  onPick: (sample: SampleProfile) => void;
  onError: (error: unknown) => void;
}

/** Search an enterprise by name or USCC and hand over its profile (staff and admins see every one). */
export const SampleEnterprisePicker = ({ onPick, onError, ...aria }: SampleEnterprisePickerProps) => {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [loading, setLoading] = useState(false);
  const debounced = useDebounced(search.trim(), 300);
  const { data, isLoading } = useGqlQuery(
    SAMPLE_ENTERPRISES_QUERY,
    { search: debounced || null },
    { resource: 'enterprises' },
  );
  const facts = useGqlCall(SAMPLE_ENTERPRISE_FACTS_QUERY);
  const options = (data?.enterprises.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name }));

  const pick = async (id: string) => {
    setLoading(true);
    try {
      const { enterprise } = await facts.run({ id });
      onPick({ name: enterprise.name, profile: enterprise as unknown as Record<string, unknown> });
    } catch (error) {
      onError(error);
    } finally {
      setLoading(false);
      setSearch('');
    }
  };

  return (
    <Select<string>
      {...aria}
      showSearch
      value={null}
      filterOption={false}
      searchValue={search}
      onSearch={setSearch}
      onChange={(id) => void pick(id)}
      options={options}
      loading={isLoading || loading}
      disabled={loading}
      notFoundContent={isLoading ? <Spin size="small" /> : t('policies.caseFacts.noEnterprise')}
      placeholder={t('policies.caseFacts.samplePlaceholder')}
      style={{ width: '100%', maxWidth: 420 }}
    />
  );
};
