import { useGetIdentity } from '@refinedev/core';
import { Layout, Space, Tag, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from '../graphql/types';
import { LanguageSwitch } from './language-switch';
import { NotificationBell } from './notification-bell';

const ROLE_COLOR: Record<User['role'], string> = {
  ADMIN: 'red',
  BUREAU_STAFF: 'blue',
  ENTERPRISE: 'green',
};

/** Who is signed in, with which role, the unread-notifications bell and the language switch. */
export const AppHeader = () => {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { data: user } = useGetIdentity<User>();
  return (
    <Layout.Header
      style={{
        backgroundColor: token.colorBgElevated,
        display: 'flex',
        justifyContent: 'flex-end',
        alignItems: 'center',
        padding: '0 24px',
        height: 64,
        position: 'sticky',
        top: 0,
        zIndex: 1,
      }}
    >
      <Space size="large">
        {user && (
          <Space size="small" aria-label={t('header.user')} role="group">
            <Typography.Text strong>{user.name || user.email}</Typography.Text>
            <Tag color={ROLE_COLOR[user.role]}>{t(`roles.${user.role}`)}</Tag>
          </Space>
        )}
        {user && <NotificationBell />}
        <LanguageSwitch />
      </Space>
    </Layout.Header>
  );
};
