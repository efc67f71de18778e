import { List, useTable } from '@refinedev/antd';
import { useGetIdentity, type HttpError } from '@refinedev/core';
import { App, Badge, Button, Segmented, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../format/use-format';
import type { NotificationsQuery } from '../../gql/graphql';
import type { User } from '../../graphql/types';
import { useGqlMutation } from '../../providers/use-gql';
import { notificationTarget } from './notification-target';
import { MARK_ALL_NOTIFICATIONS_READ_MUTATION, MARK_NOTIFICATION_READ_MUTATION, NOTIFICATIONS_QUERY } from './queries';

type NotificationRow = NotificationsQuery['notifications']['edges'][number]['node'];

/** The signed-in user's notifications, newest first, with unread ones marked and a filter for them. */
export const NotificationList = () => {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const { data: user } = useGetIdentity<User>();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const markRead = useGqlMutation(MARK_NOTIFICATION_READ_MUTATION, { invalidates: ['notifications'] });
  const markAllRead = useGqlMutation(MARK_ALL_NOTIFICATIONS_READ_MUTATION, { invalidates: ['notifications'] });
  const { tableProps } = useTable<NotificationRow, HttpError>({
    resource: 'notifications',
    meta: { gqlQuery: NOTIFICATIONS_QUERY, connection: true, gqlVariables: { unreadOnly } },
    pagination: { mode: 'server', pageSize: 20 },
    sorters: { mode: 'off' },
    filters: { mode: 'off' },
    syncWithLocation: false,
  });
  const read = async (row: NotificationRow) => {
    try {
      await markRead.run({ id: row.id });
    } catch (error) {
      void message.error(error instanceof Error ? error.message : t('errors.unknown'));
    }
  };
  const readAll = async () => {
    try {
      await markAllRead.run({});
    } catch (error) {
      void message.error(error instanceof Error ? error.message : t('errors.unknown'));
    }
  };
  const columns: TableColumnsType<NotificationRow> = [
    {
      key: 'title',
      title: t('notifications.center.fields.title'),
      render: (_, row) => {
        const title = f.pick(row.title, row.titleEn);
        const target = notificationTarget(row.data, user?.role);
        return (
          <Space direction="vertical" size={2}>
            <Space size={6}>
              {!row.readAt && <Badge status="processing" aria-label={t('notifications.center.unread')} />}
              {target ? (
                <Link to={target} onClick={() => !row.readAt && void read(row)}>
                  <Typography.Text strong={!row.readAt}>{title}</Typography.Text>
                </Link>
              ) : (
                <Typography.Text strong={!row.readAt}>{title}</Typography.Text>
              )}
            </Space>
            <Typography.Text type="secondary">{f.pick(row.body, row.bodyEn)}</Typography.Text>
          </Space>
        );
      },
    },
    {
      key: 'createdAt',
      title: t('notifications.center.fields.createdAt'),
      width: 190,
      render: (_, row) => f.dateTime(row.createdAt),
    },
    {
      key: 'state',
      title: t('notifications.center.fields.state'),
      width: 150,
      render: (_, row) =>
        row.readAt ? (
          <Typography.Text type="secondary">{t('notifications.center.read')}</Typography.Text>
        ) : (
          <Button
            size="small"
            onClick={() => void read(row)}
            loading={markRead.pending}
            aria-label={t('notifications.center.markReadLabel', { title: f.pick(row.title, row.titleEn) })}
          >
            {t('notifications.center.markRead')}
          </Button>
        ),
    },
  ];
  return (
    <List
      title={t('notifications.titles.list')}
      headerButtons={
        <Button onClick={() => void readAll()} loading={markAllRead.pending}>
          {t('notifications.center.markAllRead')}
        </Button>
      }
    >
      <Segmented
        style={{ marginBottom: 16 }}
        value={unreadOnly ? 'unread' : 'all'}
        onChange={(value) => setUnreadOnly(value === 'unread')}
        options={[
          { value: 'all', label: t('notifications.center.all') },
          { value: 'unread', label: t('notifications.center.unreadOnly') },
        ]}
      />
      <Table<NotificationRow>
        {...tableProps}
        rowKey="id"
        columns={columns}
        size="middle"
        locale={{ emptyText: t('notifications.center.empty') }}
      />
    </List>
  );
};
