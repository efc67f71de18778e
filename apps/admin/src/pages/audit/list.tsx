import { List, useTable } from '@refinedev/antd';
import type { CrudFilter, HttpError } from '@refinedev/core';
import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useFormat } from '../../format/use-format';
import type { AuditLogQuery } from '../../gql/graphql';
import { AuditDiff } from './audit-diff';
import { AuditFilters, type AuditSearch } from './audit-filters';
import { actionLabel, entityLabel, recordPath } from './audit-labels';
import { AUDIT_LOG_QUERY } from './queries';
import { ExportButton } from '../../components/export-button';

type AuditRow = AuditLogQuery['auditLog']['edges'][number]['node'];

/** The period's days as the API's half-open range: from the first day's start to after the last day. */
const auditFilters = ({ actorId, entity, action, period }: AuditSearch): CrudFilter[] => [
  { field: 'actorId', operator: 'eq', value: actorId },
  { field: 'entity', operator: 'eq', value: entity },
  { field: 'action', operator: 'eq', value: action },
  { field: 'from', operator: 'gte', value: period?.[0]?.startOf('day').toISOString() },
  { field: 'to', operator: 'lt', value: period?.[1]?.add(1, 'day').startOf('day').toISOString() },
];

/** 操作记录: who changed what and when, newest first, each change's fields before and after (admins). */
export const AuditLogPage = () => {
  const { t } = useTranslation();
  const f = useFormat();
  const [params] = useSearchParams();
  // the users page links here with one account's id (and its email to show in the picker)
  const [initial] = useState<AuditSearch>(() => ({ actorId: params.get('actorId') ?? undefined }));
  const linkedActor = initial.actorId
    ? { id: initial.actorId, label: params.get('actor') ?? initial.actorId }
    : undefined;
  const { tableProps, searchFormProps, filters } = useTable<AuditRow, HttpError, AuditSearch>({
    resource: 'audit',
    meta: { gqlQuery: AUDIT_LOG_QUERY, connection: true },
    pagination: { mode: 'server', pageSize: 20 },
    sorters: { mode: 'off' },
    syncWithLocation: false,
    filters: { initial: auditFilters(initial).filter((filter) => 'value' in filter && filter.value !== undefined) },
    onSearch: auditFilters,
  });
  const columns: TableColumnsType<AuditRow> = [
    { key: 'at', title: t('audit.fields.at'), width: 170, render: (_, row) => f.dateTime(row.at) },
    {
      key: 'actor',
      title: t('audit.fields.actor'),
      width: 180,
      render: (_, row) =>
        row.actorId ? (
          <span>
            {row.actorName ?? '—'} <Tag>{t(`roles.${row.actorRole}`, { defaultValue: row.actorRole })}</Tag>
          </span>
        ) : (
          <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>
        ),
    },
    { key: 'action', title: t('audit.fields.action'), render: (_, row) => actionLabel(t, row.action) },
    { key: 'entity', title: t('audit.fields.entity'), width: 140, render: (_, row) => entityLabel(t, row.entity) },
    {
      key: 'entityId',
      title: t('audit.fields.entityId'),
      width: 300,
      render: (_, row) => {
        const path = recordPath(row.entity, row.entityId);
        return (
          <Typography.Text copyable={{ text: row.entityId }}>
            {path ? <Link to={path}>{row.entityId}</Link> : row.entityId}
          </Typography.Text>
        );
      },
    },
  ];
  return (
    <List
      title={t('audit.titles.list')}
      headerButtons={<ExportButton list="audit" filters={filters} roles={['ADMIN']} />}
    >
      <Typography.Paragraph type="secondary">{t('audit.intro')}</Typography.Paragraph>
      <AuditFilters formProps={{ ...searchFormProps, initialValues: initial }} linkedActor={linkedActor} />
      <Table<AuditRow>
        {...tableProps}
        rowKey="id"
        columns={columns}
        size="middle"
        scroll={{ x: 1000 }}
        expandable={{
          expandedRowRender: (row) => <AuditDiff before={row.before} after={row.after} />,
          expandRowByClick: true,
        }}
        locale={{ emptyText: t('audit.empty') }}
      />
    </List>
  );
};
