import { List, useTable } from '@refinedev/antd';
import { CanAccess, type HttpError } from '@refinedev/core';
import { Button, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import type { UsersQuery } from '../../gql/graphql';
import { USERS_QUERY } from './queries';
import { UnlockButton } from './unlock-button';
import { UserCreateModal } from './user-form';

type UserRow = UsersQuery['users']['edges'][number]['node'];

const ROLE_COLOR: Record<UserRow['role'], string> = { ADMIN: 'red', BUREAU_STAFF: 'blue', ENTERPRISE: 'green' };

/** The accounts of the platform, newest first (admins only). */
export const UserList = () => {
  const { t } = useTranslation();
  const f = useFormat();
  const [creating, setCreating] = useState(false);
  const { tableProps } = useTable<UserRow, HttpError>({
    resource: 'users',
    meta: { gqlQuery: USERS_QUERY, connection: true },
    pagination: { mode: 'server', pageSize: 20 },
    sorters: { mode: 'off' },
    filters: { mode: 'off' },
    syncWithLocation: false,
  });
  const columns: TableColumnsType<UserRow> = [
    { key: 'email', title: t('users.fields.email'), dataIndex: 'email' },
    { key: 'name', title: t('users.fields.name'), dataIndex: 'name' },
    {
      key: 'role',
      title: t('users.fields.role'),
      width: 160,
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
      title: t('users.fields.active'),
      width: 100,
      render: (_, row) => (row.active ? t('common.yes') : t('common.no')),
    },
    { key: 'createdAt', title: t('users.fields.createdAt'), width: 140, render: (_, row) => f.date(row.createdAt) },
    {
      key: 'actions',
      title: t('users.fields.actions'),
      width: 140,
      render: (_, row) => (
        <CanAccess resource="users" action="edit">
          <UnlockButton user={row} />
        </CanAccess>
      ),
    },
  ];
  return (
    <List
      title={t('users.titles.list')}
      headerButtons={
        <CanAccess resource="users" action="create">
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('users.titles.create')}
          </Button>
        </CanAccess>
      }
    >
      <Table<UserRow> {...tableProps} rowKey="id" columns={columns} size="middle" />
      <UserCreateModal open={creating} onClose={() => setCreating(false)} />
    </List>
  );
};
