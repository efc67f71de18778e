import { AppstoreOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { CreateButton, List, useTable } from '@refinedev/antd';
import type { HttpError } from '@refinedev/core';
import { Segmented, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useFormat } from '../../format/use-format';
import type { LeadFilter, LeadRowFragment } from '../../gql/graphql';
import { toFilterInput } from '../../providers/list-variables';
import { useTaxonomy } from '../enterprises/use-taxonomy';
import { LeadKanban } from './kanban';
import { leadColumns } from './lead-columns';
import { LeadFilters, leadFilters, type LeadSearch } from './lead-filters';
import { searchFromParams } from './lead-search-params';
import { LEADS_QUERY } from './queries';
import { LeadTransferButtons } from './transfer/transfer-buttons';
import { useOwnerOptions } from './use-owner-options';

type View = 'table' | 'kanban';

/** 招商线索: the filterable table, or the kanban of stages (`?view=kanban`), with the same filters. */
export const LeadList = () => {
  const { t } = useTranslation();
  const f = useFormat();
  const taxonomy = useTaxonomy();
  const owners = useOwnerOptions();
  const [params, setParams] = useSearchParams();
  const view: View = params.get('view') === 'kanban' ? 'kanban' : 'table';
  // the address's filters (the dashboard links here with them) are where the list starts
  const [initialSearch] = useState(() => searchFromParams(params));
  const { tableProps, searchFormProps, filters } = useTable<LeadRowFragment, HttpError, LeadSearch>({
    resource: 'leads',
    meta: { gqlQuery: LEADS_QUERY, connection: true },
    pagination: { mode: 'server', pageSize: 20 },
    sorters: { mode: 'off' },
    syncWithLocation: false,
    filters: { initial: leadFilters(initialSearch).filter((f) => f.value !== undefined) },
    onSearch: leadFilters,
  });
  const filter = (toFilterInput(filters) ?? {}) as LeadFilter;
  return (
    <List
      resource="leads"
      title={t('leads.titles.list')}
      headerButtons={
        <Space wrap>
          <Segmented<View>
            aria-label={t('leads.views.label')}
            value={view}
            onChange={(next) => setParams(next === 'kanban' ? { view: 'kanban' } : {}, { replace: true })}
            options={[
              { value: 'table', label: t('leads.views.table'), icon: <UnorderedListOutlined /> },
              { value: 'kanban', label: t('leads.views.kanban'), icon: <AppstoreOutlined /> },
            ]}
          />
          <LeadTransferButtons filter={filter} />
          <CreateButton resource="leads">{t('leads.actions.create')}</CreateButton>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('leads.intro')}</Typography.Paragraph>
      <LeadFilters
        formProps={{ ...searchFormProps, initialValues: initialSearch }}
        taxonomy={taxonomy}
        owners={owners.options}
        withStage={view === 'table'}
      />
      {view === 'table' ? (
        <Table<LeadRowFragment>
          {...tableProps}
          rowKey="id"
          columns={leadColumns(t, f, taxonomy)}
          size="middle"
          scroll={{ x: 1000 }}
          locale={{ emptyText: t('leads.empty') }}
        />
      ) : (
        <LeadKanban filter={{ ...filter, stage: undefined }} />
      )}
    </List>
  );
};
