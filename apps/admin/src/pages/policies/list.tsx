import { List, useTable } from '@refinedev/antd';
import { useGetIdentity, useList, type HttpError } from '@refinedev/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { ResponsiveTable } from '../../components/responsive-table';
import type { Industry, User } from '../../graphql/types';
import { INDUSTRIES_QUERY } from '../industries/queries';
import { PolicyCard } from './policy-card';
import { PolicyFilters, type PolicySearch } from './policy-filters';
import { POLICIES_QUERY } from './queries';
import type { PolicySummary } from './types';
import { usePolicyColumns } from './use-policy-columns';
import { ExportButton } from '../../components/export-button';

/** Policy versions; staff filter by status, everyone by kind, target industry and text. */
export const PolicyList = () => {
  const { t } = useTranslation();
  const { data: user } = useGetIdentity<User>();
  const isEnterprise = user?.role === 'ENTERPRISE';
  const [search, setSearch] = useState<PolicySearch>({});
  const variables = { ...search, ...(isEnterprise ? { status: 'PUBLISHED' as const } : {}) };
  const { tableProps } = useTable<PolicySummary, HttpError>({
    resource: 'policies',
    meta: { gqlQuery: POLICIES_QUERY, gqlVariables: variables },
    pagination: { mode: 'client', pageSize: 20 },
    sorters: { mode: 'off' },
    filters: { mode: 'off' },
    syncWithLocation: false,
    queryOptions: { enabled: user !== undefined },
  });
  const industries = useList<Industry>({
    resource: 'industries',
    meta: { gqlQuery: INDUSTRIES_QUERY },
    pagination: { mode: 'off' },
  }).result.data;
  const columns = usePolicyColumns(!isEnterprise);
  return (
    <List
      headerButtons={({ defaultButtons }) => (
        <>
          {defaultButtons}
          <ExportButton list="policies" filter={variables} />
        </>
      )}
    >
      <PolicyFilters value={search} onChange={setSearch} industries={industries} showStatus={!isEnterprise} />
      <ResponsiveTable<PolicySummary>
        {...tableProps}
        rowKey="id"
        columns={columns}
        scroll={{ x: isEnterprise ? 720 : 900 }}
        size="middle"
        label={t('policies.policies')}
        card={(policy) => <PolicyCard policy={policy} staff={!isEnterprise} />}
        empty={
          <EmptyState
            title={t('policies.empty.title')}
            hint={isEnterprise ? t('policies.empty.forEnterprise') : t('policies.empty.hint')}
            action={isEnterprise && <Link to="/my-policies">{t('policies.empty.toMyPolicies')}</Link>}
          />
        }
      />
    </List>
  );
};
