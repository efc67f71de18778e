import { List, useTable } from '@refinedev/antd';
import { useGetIdentity, type HttpError } from '@refinedev/core';
import { App, Badge, Button, Card, Flex, Segmented, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { ResponsiveTable } from '../../components/responsive-table';
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
  /** The title (a link to what it is about, where there is one) and the body. */
  const messageOf = (row: NotificationRow) => {
    const title = f.pick(row.title, row.titleEn);
    const target = notificationTarget(row.data, user?.role);
    return (
      <Flex vertical gap={2} style={{ minWidth: 0 }}>
        <Flex gap={6} align="baseline">
          {!row.readAt && <Badge status="processing" aria-label={t('notifications.center.unread')} />}
          {target ? (
            <Link to={target} onClick={() => !row.readAt && void read(row)} style={{ overflowWrap: 'anywhere' }}>
              <Typography.Text strong={!row.readAt} style={{ color: 'inherit' }}>
                {title}
              </Typography.Text>
            </Link>
          ) : (
            <Typography.Text strong={!row.readAt} style={{ overflowWrap: 'anywhere' }}>
              {title}
            </Typography.Text>
          )}
        </Flex>
        <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
          {f.pick(row.body, row.bodyEn)}
        </Typography.Text>
      </Flex>
    );
  };
  const state = (row: NotificationRow) =>
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
    );
  const columns: TableColumnsType<NotificationRow> = [
    {
      key: 'title',
      title: t('notifications.center.fields.title'),
      render: (_, row) => messageOf(row),
    },
    {
      key: 'createdAt',
      title: t('notifications.center.fields.createdAt'),
      width: 160,
      render: (_, row) => f.dateTime(row.createdAt),
    },
    {
      key: 'state',
      title: t('notifications.center.fields.state'),
      width: 130,
      render: (_, row) => state(row),
    },
  ];
  const card = (row: NotificationRow) => (
    <Card size="small">
      {messageOf(row)}
      <Flex justify="space-between" align="center" gap={8} wrap style={{ marginTop: 8 }}>
        <Typography.Text type="secondary">{f.dateTime(row.createdAt)}</Typography.Text>
        {state(row)}
      </Flex>
    </Card>
  );
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
      <ResponsiveTable<NotificationRow>
        {...tableProps}
        rowKey="id"
        columns={columns}
        size="middle"
        label={t('notifications.titles.list')}
        card={card}
        empty={
          <EmptyState
            title={unreadOnly ? t('notifications.center.emptyUnread') : t('notifications.center.empty')}
            hint={
              user?.role === 'ENTERPRISE'
                ? t('notifications.center.emptyHint')
                : t('notifications.center.emptyHintStaff')
            }
          />
        }
      />
    </List>
  );
};
