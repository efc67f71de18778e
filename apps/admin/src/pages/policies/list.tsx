import { List, useTable } from '@refinedev/antd';
import { useGetIdentity, useList, type HttpError } from '@refinedev/core';
import { Table } from 'antd';
import { useState } from 'react';
import type { Industry, User } from '../../graphql/types';
import { INDUSTRIES_QUERY } from '../industries/queries';
import { PolicyFilters, type PolicySearch } from './policy-filters';
import { POLICIES_QUERY } from './queries';
import type { PolicySummary } from './types';
import { usePolicyColumns } from './use-policy-columns';
import { ExportButton } from '../../components/export-button';

/** Policy versions; staff filter by status, everyone by kind, target industry and text. */
export const PolicyList = () => {
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
      <Table<PolicySummary> {...tableProps} rowKey="id" columns={columns} scroll={{ x: 1300 }} size="middle" />
    </List>
  );
};
