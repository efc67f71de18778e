import { List, useTable } from '@refinedev/antd';
import { CanAccess, type HttpError } from '@refinedev/core';
import { Button, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../format/use-format';
import type { UsersQuery } from '../../gql/graphql';
import { USERS_QUERY } from './queries';
import { ResetPasswordModal } from './reset-password-modal';
import { UnlockButton } from './unlock-button';
import { UserEditModal } from './user-edit-modal';
import { UserFilters, type UserSearch } from './user-filters';
import { UserCreateModal } from './user-form';
import { ExportButton } from '../../components/export-button';

type UserRow = UsersQuery['users']['edges'][number]['node'];

const ROLE_COLOR: Record<UserRow['role'], string> = { ADMIN: 'red', BUREAU_STAFF: 'blue', ENTERPRISE: 'green' };

/** The accounts of the platform, newest first, searchable (admins only). */
export const UserList = () => {
  const { t } = useTranslation();
  const f = useFormat();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserRow | null>(null);
  const [resetting, setResetting] = useState<UserRow | null>(null);
  const { tableProps, searchFormProps, filters } = useTable<UserRow, HttpError, UserSearch>({
    resource: 'users',
    meta: { gqlQuery: USERS_QUERY, connection: true },
    pagination: { mode: 'server', pageSize: 20 },
    sorters: { mode: 'off' },
    syncWithLocation: false,
    onSearch: ({ search, role, active }) => [
      { field: 'search', operator: 'contains', value: search },
      { field: 'role', operator: 'eq', value: role },
      { field: 'active', operator: 'eq', value: active },
    ],
  });
  const columns: TableColumnsType<UserRow> = [
    { key: 'email', title: t('users.fields.email'), dataIndex: 'email' },
    { key: 'name', title: t('users.fields.name'), dataIndex: 'name' },
    {
      key: 'role',
      title: t('users.fields.role'),
      width: 120,
      render: (_, row) => <Tag color={ROLE_COLOR[row.role]}>{t(`roles.${row.role}`)}</Tag>,
    },
    {
      key: 'enterprise',
      title: t('users.fields.enterprise'),
      render: (_, row) =>
        row.enterprise?.name ?? <Typography.Text type="secondary">{t('common.none')}</Typography.Text>,
    },
    {
      key: 'active',
      title: t('users.filters.state'),
      width: 90,
      render: (_, row) => (row.active ? t('users.states.active') : <Tag>{t('users.states.disabled')}</Tag>),
    },
    {
      key: 'lastSignInAt',
      title: t('users.fields.lastSignInAt'),
      width: 160,
      render: (_, row) => (row.lastSignInAt ? f.dateTime(row.lastSignInAt) : t('users.neverSignedIn')),
    },
    { key: 'createdAt', title: t('users.fields.createdAt'), width: 120, render: (_, row) => f.date(row.createdAt) },
    {
      key: 'actions',
      title: t('users.fields.actions'),
      render: (_, row) => (
        <CanAccess resource="users" action="edit">
          <Space wrap size={4}>
            <Button
              size="small"
              onClick={() => setEditing(row)}
              aria-label={t('users.edit.actionFor', { email: row.email })}
            >
              {t('buttons.edit')}
            </Button>
            <Button
              size="small"
              onClick={() => setResetting(row)}
              aria-label={t('users.reset.actionFor', { email: row.email })}
            >
              {t('users.reset.action')}
            </Button>
            <UnlockButton user={row} />
            <Link
              to={`/audit?actorId=${row.id}&actor=${encodeURIComponent(row.email)}`}
              aria-label={t('users.auditFor', { email: row.email })}
            >
              {t('users.audit')}
            </Link>
          </Space>
        </CanAccess>
      ),
    },
  ];
  return (
    <List
      title={t('users.titles.list')}
      headerButtons={
        <>
          <ExportButton list="users" filters={filters} roles={['ADMIN']} />
          <CanAccess resource="users" action="create">
            <Button type="primary" onClick={() => setCreating(true)}>
              {t('users.titles.create')}
            </Button>
          </CanAccess>
        </>
      }
    >
      <UserFilters formProps={searchFormProps} />
      <Table<UserRow> {...tableProps} rowKey="id" columns={columns} size="middle" scroll={{ x: 1100 }} />
      <UserCreateModal open={creating} onClose={() => setCreating(false)} />
      <UserEditModal user={editing} onClose={() => setEditing(null)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </List>
  );
};
