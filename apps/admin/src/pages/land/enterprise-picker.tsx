import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGqlQuery } from '../../providers/use-gql';
import { LAND_ENTERPRISES_QUERY } from './queries';

/** An enterprise on the platform, searched by name or USCC on the server. */
export const EnterprisePicker = ({
  value,
  onChange,
  id,
}: {
  value?: string;
  onChange?: (value: string) => void;
  id?: string;
}) => {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const { data, isLoading } = useGqlQuery(LAND_ENTERPRISES_QUERY, { search }, { resource: 'enterprises' });
  return (
    <Select
      id={id}
      showSearch
      filterOption={false}
      value={value}
      onChange={onChange}
      onSearch={setSearch}
      loading={isLoading}
      placeholder={t('land.searchEnterprise')}
      options={data?.enterprises.edges.map(({ node }) => ({ value: node.id, label: node.name }))}
    />
  );
};
