import { EditButton, List, ShowButton, useTable } from '@refinedev/antd';
import type { HttpError } from '@refinedev/core';
import { Space, Table, type TableColumnsType } from 'antd';
import { SampleTag } from '../../components/sample-tag';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { PARK_KINDS, type ParkKind, type ParkSummary } from '../../graphql/types';
import { SpaceProgress } from '../../components/space-progress';
import { ParkFilters, type ParkSearch } from './park-filters';
import { PARKS_QUERY } from './queries';
import { isSampleField } from './sample-fields';
import { useParkColumns } from './use-park-columns';
import { ExportButton } from '../../components/export-button';

/** Free land as a bar beside free floor space; an edit button for admins (hidden for other roles). */
const withSpaceBarsAndEdit = (columns: TableColumnsType<ParkSummary>): TableColumnsType<ParkSummary> =>
  columns.map((column) => {
    if (column.key === 'freeLandMu') {
      return {
        ...column,
        width: 190,
        render: (_: unknown, park: ParkSummary) => (
          <SpaceProgress
            unit="mu"
            free={park.freeLandMu}
            total={park.totalLandMu}
            extra={isSampleField(park.sampleFields, 'freeLandMu') && <SampleTag />}
          />
        ),
      };
    }
    if (column.key === 'actions') {
      return {
        ...column,
        width: 100,
        render: (_: unknown, park: ParkSummary) => (
          <Space direction="vertical" size={4}>
            <ShowButton size="small" resource="parks" recordItemId={park.id} />
            <EditButton size="small" resource="parks" recordItemId={park.id} />
          </Space>
        ),
      };
    }
    return column;
  });

/** Parks, zones and incubation carriers; kind and name filters run on the server. */
export const ParkList = () => {
  // `/parks?kind=INCUBATOR` (the plan dashboard's incubation figure) starts the list filtered
  const [params] = useSearchParams();
  const [initialSearch] = useState<ParkSearch>(() => {
    const kind = params.get('kind');
    return kind && (PARK_KINDS as readonly string[]).includes(kind) ? { kind: kind as ParkKind } : {};
  });
  const { tableProps, searchFormProps, filters } = useTable<ParkSummary, HttpError, ParkSearch>({
    resource: 'parks',
    meta: { gqlQuery: PARKS_QUERY },
    pagination: { mode: 'client', pageSize: 20 },
    sorters: { mode: 'off' },
    syncWithLocation: false,
    filters: { initial: initialSearch.kind ? [{ field: 'kind', operator: 'eq', value: initialSearch.kind }] : [] },
    onSearch: ({ kind, search }) => [
      { field: 'kind', operator: 'eq', value: kind },
      { field: 'search', operator: 'contains', value: search },
    ],
  });
  const columns = withSpaceBarsAndEdit(useParkColumns());
  return (
    <List
      headerButtons={({ defaultButtons }) => (
        <>
          {defaultButtons}
          <ExportButton list="parks" filters={filters} />
        </>
      )}
    >
      <ParkFilters formProps={{ ...searchFormProps, initialValues: initialSearch }} />
      <Table<ParkSummary> {...tableProps} rowKey="id" columns={columns} scroll={{ x: 1260 }} size="middle" />
    </List>
  );
};
