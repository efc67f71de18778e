import { useGetIdentity } from '@refinedev/core';
import { Alert, Button, Checkbox, Flex, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../format/use-format';
import type { RequestFilter, RequestsQuery, RequestStatus } from '../../gql/graphql';
import type { User } from '../../graphql/types';
import { errorText } from '../../providers/api-error';
import { useGqlQuery } from '../../providers/use-gql';
import { MUTED } from '../applications/text-colors';
import { REQUESTS_QUERY } from './queries';
import { REQUEST_STATUSES } from './request-model';
import { OverdueTag, RequestStatusTag } from './request-status-tag';
import { useStaffOptions } from './use-staff-options';
import { ExportButton } from '../../components/export-button';

type Row = RequestsQuery['requests']['edges'][number]['node'];

const PAGE = 20;

/** 诉求处理: every enterprise's requests, newest first, filtered by status, overdue and owner (any colleague, or me). */
export const RequestQueue = () => {
  const { t } = useTranslation();
  const f = useFormat();
  const { data: user } = useGetIdentity<User>();
  const [status, setStatus] = useState<RequestStatus | undefined>();
  const [overdue, setOverdue] = useState(false);
  const [mine, setMine] = useState(false);
  const [owner, setOwner] = useState<string | undefined>();
  const staff = useStaffOptions();
  // the cursors of the pages seen so far: page n starts after cursors[n - 1]
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const filter: RequestFilter = {
    ...(status ? { status } : {}),
    ...(overdue ? { overdue: true } : {}),
    ...(mine && user ? { ownerId: user.id } : owner ? { ownerId: owner } : {}),
  };
  const after = cursors.at(-1) ?? null;
  const { data, isLoading, error } = useGqlQuery(
    REQUESTS_QUERY,
    { filter, first: PAGE, after },
    { resource: 'requests' },
  );
  const refilter = (apply: () => void) => {
    apply();
    setCursors([null]);
  };
  const connection = data?.requests;
  const columns: TableColumnsType<Row> = [
    {
      key: 'subject',
      title: t('requests.fields.subject'),
      render: (_, row) => (
        <Space size={4} wrap>
          <Link to={`/requests/${row.id}`}>{row.subject}</Link>
          {row.overdue && <OverdueTag />}
        </Space>
      ),
    },
    { key: 'enterprise', title: t('requests.fields.enterprise'), render: (_, row) => row.enterprise.name },
    { key: 'kind', title: t('requests.fields.kind'), width: 120, render: (_, row) => t(`requests.kinds.${row.kind}`) },
    {
      key: 'status',
      title: t('requests.fields.status'),
      width: 100,
      render: (_, row) => <RequestStatusTag status={row.status} />,
    },
    { key: 'createdAt', title: t('requests.fields.createdAt'), width: 130, render: (_, row) => f.date(row.createdAt) },
    {
      key: 'due',
      title: t('requests.fields.responseDueAt'),
      width: 130,
      render: (_, row) => f.date(row.responseDueAt),
    },
    {
      key: 'owner',
      title: t('requests.fields.owner'),
      width: 120,
      render: (_, row) => row.ownerName ?? t('requests.unassigned'),
    },
  ];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('requests.titles.queue')}
        </Typography.Title>
        <ExportButton list="requests" filter={filter} />
      </Flex>
      <Flex wrap gap={16} align="center">
        <Select
          allowClear
          aria-label={t('requests.filters.status')}
          style={{ width: 160 }}
          placeholder={t('requests.filters.statusAll')}
          value={status}
          onChange={(value?: RequestStatus) => refilter(() => setStatus(value))}
          options={REQUEST_STATUSES.map((value) => ({ value, label: t(`requests.statuses.${value}`) }))}
        />
        <Checkbox checked={overdue} onChange={(event) => refilter(() => setOverdue(event.target.checked))}>
          {t('requests.filters.overdue')}
        </Checkbox>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          aria-label={t('requests.fields.owner')}
          style={{ width: 180 }}
          placeholder={t('requests.assigneePlaceholder')}
          value={mine ? undefined : owner}
          disabled={mine}
          loading={staff.isLoading}
          options={staff.options}
          onChange={(value?: string) => refilter(() => setOwner(value))}
        />
        <Checkbox checked={mine} onChange={(event) => refilter(() => setMine(event.target.checked))}>
          {t('requests.filters.mine')}
        </Checkbox>
      </Flex>
      {error && <Alert type="error" showIcon message={errorText(error)} />}
      <Table<Row>
        rowKey="id"
        columns={columns}
        dataSource={connection?.edges.map((edge) => edge.node) ?? []}
        loading={isLoading}
        pagination={false}
        size="middle"
        scroll={{ x: 900 }}
        locale={{ emptyText: <span style={MUTED}>{t('requests.empty')}</span> }}
      />
      <Flex gap={8} align="center">
        <Button disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>
          {t('requests.pager.prev')}
        </Button>
        <Button
          disabled={!connection?.pageInfo.hasNextPage}
          onClick={() => setCursors([...cursors, connection?.pageInfo.endCursor ?? null])}
        >
          {t('requests.pager.next')}
        </Button>
        <span>{t('requests.pager.total', { count: connection?.totalCount ?? 0 })}</span>
      </Flex>
    </Space>
  );
};
