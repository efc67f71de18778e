import { EditButton, List, ShowButton, useTable } from '@refinedev/antd';
import type { HttpError } from '@refinedev/core';
import { Grid, Space, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ResponsiveTable } from '../../components/responsive-table';
import { PARK_KINDS, type ParkKind, type ParkSummary } from '../../graphql/types';
import { ParkCard } from './park-card';
import { ParkSpaceBar } from './park-cells';
import { ParkFilters, type ParkSearch } from './park-filters';
import { PARKS_QUERY } from './queries';
import { useParkColumns } from './use-park-columns';
import { ExportButton } from '../../components/export-button';

/** Free land as a bar beside free floor space; an edit button for admins (hidden for other roles). */
const withSpaceBarsAndEdit = (columns: TableColumnsType<ParkSummary>): TableColumnsType<ParkSummary> =>
  columns.map((column) => {
    if (column.key === 'freeLandMu') {
      return {
        ...column,
        width: 190,
        render: (_: unknown, park: ParkSummary) => <ParkSpaceBar park={park} unit="mu" />,
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

/**
 * Parks, zones and incubation carriers; kind and name filters run on the server. A table on a
 * tablet or wider, cards on a phone.
 */
export const ParkList = () => {
  const { t } = useTranslation();
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
  // Below xl the columns that remain fit a tablet without scrolling.
  const wide = Grid.useBreakpoint().xl ?? true;
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
      <ResponsiveTable<ParkSummary>
        {...tableProps}
        rowKey="id"
        columns={columns}
        scroll={wide ? { x: 1260 } : undefined}
        size="middle"
        label={t('parks.titles.list')}
        card={(park) => <ParkCard park={park} />}
      />
    </List>
  );
};
