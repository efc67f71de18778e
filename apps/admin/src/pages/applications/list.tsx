import { CreateButton, List, ShowButton, useTable } from '@refinedev/antd';
import { useGetIdentity, type HttpError } from '@refinedev/core';
import { Button, Card, Descriptions, Flex, Form, Select, Space, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { ResponsiveTable } from '../../components/responsive-table';
import { ApplicationStatusTag } from './application-status-tag';
import { useFormat } from '../../format/use-format';
import type { ApplicationKind, ApplicationsQuery, ApplicationStatus } from '../../gql/graphql';
import type { User } from '../../graphql/types';
import { APPLICATIONS_QUERY } from './queries';
import { APPLICATION_KINDS, spaceText } from './space';
import { ExportButton } from '../../components/export-button';

type ApplicationRow = ApplicationsQuery['applications']['edges'][number]['node'];

export const APPLICATION_STATUSES: readonly ApplicationStatus[] = [
  'DRAFT',
  'SUBMITTED',
  'SCREENING',
  'RECOMMENDED',
  'UNDER_REVIEW',
  'RETURNED',
  'APPROVED',
  'REJECTED',
  'MOVED_IN',
  'WITHDRAWN',
];

interface ApplicationSearch {
  status?: ApplicationStatus;
  kind?: ApplicationKind;
}

/**
 * Staff: the review queue (every submitted application, filtered by status and kind). An
 * enterprise: its own applications, drafts included, with a button to apply.
 */
export const ApplicationList = ({ enterpriseId, embedded }: { enterpriseId?: string; embedded?: boolean }) => {
  const { t } = useTranslation();
  const f = useFormat();
  const { data: user } = useGetIdentity<User>();
  const staff = user?.role === 'ADMIN' || user?.role === 'BUREAU_STAFF';
  const {
    tableProps,
    searchFormProps,
    filters: tableFilters,
  } = useTable<ApplicationRow, HttpError, ApplicationSearch>({
    resource: 'applications',
    meta: {
      gqlQuery: APPLICATIONS_QUERY,
      connection: true,
      ...(enterpriseId ? { gqlVariables: { filter: { enterpriseId } } } : {}),
    },
    pagination: { mode: 'server', pageSize: 20 },
    sorters: { mode: 'off' },
    syncWithLocation: false,
    onSearch: ({ status, kind }) => [
      { field: 'status', operator: 'eq', value: status },
      { field: 'kind', operator: 'eq', value: kind },
    ],
  });
  const parksText = (row: ApplicationRow) =>
    row.park ? (
      <Typography.Text strong>{f.pick(row.park.name, row.park.nameEn)}</Typography.Text>
    ) : row.preferredParks.length ? (
      <Typography.Text type="secondary">
        {t('applications.preferredList', {
          parks: row.preferredParks.map((park) => f.pick(park.name, park.nameEn)).join(t('applications.separator')),
        })}
      </Typography.Text>
    ) : (
      t('common.none')
    );
  const columns: TableColumnsType<ApplicationRow> = [
    ...(staff && !enterpriseId
      ? [
          {
            key: 'enterprise',
            title: t('applications.fields.enterprise'),
            render: (_: unknown, row: ApplicationRow) => (
              <Link to={`/enterprises/${row.enterprise.id}`}>{row.enterprise.name}</Link>
            ),
          },
        ]
      : []),
    {
      key: 'kind',
      title: t('applications.fields.kind'),
      width: 130,
      render: (_, row) => <Link to={`/applications/${row.id}`}>{t(`applications.kinds.${row.kind}`)}</Link>,
    },
    { key: 'space', title: t('applications.fields.space'), width: 140, render: (_, row) => spaceText(f, row) },
    {
      key: 'parks',
      title: t('applications.fields.park'),
      render: (_, row) => parksText(row),
    },
    {
      key: 'status',
      title: t('applications.fields.status'),
      width: 110,
      render: (_, row) => <ApplicationStatusTag status={row.status} />,
    },
    {
      key: 'submittedAt',
      title: t('applications.fields.submittedAt'),
      width: 170,
      render: (_, row) => (row.submittedAt ? f.dateTime(row.submittedAt) : t('applications.notSubmitted')),
    },
    {
      key: 'actions',
      title: t('applications.fields.actions'),
      width: 90,
      render: (_, row) => <ShowButton size="small" resource="applications" recordItemId={row.id} />,
    },
  ];
  const filters = (
    <Form {...searchFormProps} name="application-filters" layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
      <Form.Item label={t('applications.filters.status')} name="status">
        <Select
          allowClear
          style={{ width: 160, maxWidth: '100%' }}
          placeholder={t('applications.filters.statusAll')}
          onChange={() => searchFormProps.form?.submit()}
          options={APPLICATION_STATUSES.filter((status) => !staff || status !== 'DRAFT').map((status) => ({
            value: status,
            label: t(`applications.statuses.${status}`),
          }))}
        />
      </Form.Item>
      <Form.Item label={t('applications.filters.kind')} name="kind">
        <Select
          allowClear
          style={{ width: 160, maxWidth: '100%' }}
          placeholder={t('applications.filters.kindAll')}
          onChange={() => searchFormProps.form?.submit()}
          options={APPLICATION_KINDS.map((kind) => ({ value: kind, label: t(`applications.kinds.${kind}`) }))}
        />
      </Form.Item>
    </Form>
  );
  const card = (row: ApplicationRow) => (
    <Card size="small">
      <Flex justify="space-between" align="start" gap={8}>
        <Flex vertical gap={2} style={{ minWidth: 0 }}>
          {staff && !enterpriseId && (
            <Link to={`/enterprises/${row.enterprise.id}`} style={{ overflowWrap: 'anywhere' }}>
              {row.enterprise.name}
            </Link>
          )}
          <Link to={`/applications/${row.id}`} style={{ fontWeight: 500 }}>
            {t(`applications.kinds.${row.kind}`)} · {spaceText(f, row)}
          </Link>
        </Flex>
        <ApplicationStatusTag status={row.status} />
      </Flex>
      <Descriptions
        size="small"
        column={1}
        style={{ marginTop: 8 }}
        items={[
          { key: 'parks', label: t('applications.fields.park'), children: parksText(row) },
          {
            key: 'submittedAt',
            label: t('applications.fields.submittedAt'),
            children: row.submittedAt ? f.dateTime(row.submittedAt) : t('applications.notSubmitted'),
          },
        ]}
      />
    </Card>
  );
  const empty =
    staff || enterpriseId ? (
      t('applications.empty')
    ) : (
      <EmptyState
        title={t('applications.emptyMine.title')}
        hint={t('applications.emptyMine.hint')}
        action={
          <Link to="/applications/create">
            <Button type="primary">{t('applications.emptyMine.action')}</Button>
          </Link>
        }
      />
    );
  const table = (
    <ResponsiveTable<ApplicationRow>
      {...tableProps}
      rowKey="id"
      columns={columns}
      size="middle"
      scroll={{ x: staff && !enterpriseId ? 960 : 720 }}
      label={staff ? t('applications.titles.queue') : t('applications.titles.mine')}
      card={card}
      empty={empty}
    />
  );
  if (embedded) return table;
  return (
    <List
      resource="applications"
      title={staff ? t('applications.titles.queue') : t('applications.titles.mine')}
      headerButtons={
        <>
          <ExportButton list="applications" filters={tableFilters} />
          <CreateButton resource="applications">{t('applications.actions.create')}</CreateButton>
        </>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        {filters}
        {table}
      </Space>
    </List>
  );
};
