import { BellOutlined } from '@ant-design/icons';
import { Badge, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useGqlQuery } from '../providers/use-gql';
import { UNREAD_NOTIFICATION_COUNT_QUERY } from '../pages/notifications/queries';

/** How often the header asks for the unread count (marking one read refreshes it at once). */
const POLL_MS = 30_000;

/** The bell in the header: unread count as a badge, a link to the notifications page. */
export const NotificationBell = () => {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { data } = useGqlQuery(
    UNREAD_NOTIFICATION_COUNT_QUERY,
    {},
    { resource: 'notifications', refetchInterval: POLL_MS },
  );
  const count = data?.unreadNotificationCount ?? 0;
  const label = t('notifications.center.bell', { count });
  return (
    <Link to="/notifications" aria-label={label} title={label} style={{ display: 'inline-flex', lineHeight: 1 }}>
      <Badge count={count} size="small" overflowCount={99}>
        <BellOutlined style={{ fontSize: 18, color: token.colorText, padding: 4 }} />
      </Badge>
    </Link>
  );
};
