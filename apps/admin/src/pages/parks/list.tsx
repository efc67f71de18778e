import { List, useTable } from '@refinedev/antd';
import type { HttpError } from '@refinedev/core';
import { Table } from 'antd';
import type { ParkSummary } from '../../graphql/types';
import { ParkFilters, type ParkSearch } from './park-filters';
import { PARKS_QUERY } from './queries';
import { useParkColumns } from './use-park-columns';

/** Parks, zones and incubation carriers; kind and name filters run on the server. */
export const ParkList = () => {
  const { tableProps, searchFormProps } = useTable<ParkSummary, HttpError, ParkSearch>({
    resource: 'parks',
    meta: { gqlQuery: PARKS_QUERY },
    pagination: { mode: 'client', pageSize: 20 },
    sorters: { mode: 'off' },
    syncWithLocation: false,
    onSearch: ({ kind, search }) => [
      { field: 'kind', operator: 'eq', value: kind },
      { field: 'search', operator: 'contains', value: search },
    ],
  });
  const columns = useParkColumns();
  return (
    <List>
      <ParkFilters formProps={searchFormProps} />
      <Table<ParkSummary> {...tableProps} rowKey="id" columns={columns} scroll={{ x: 1200 }} size="middle" />
    </List>
  );
};
