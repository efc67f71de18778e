import { MenuOutlined } from '@ant-design/icons';
import { useGetIdentity } from '@refinedev/core';
import { Button, Flex, Grid, Layout, Space, theme, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../graphql/types';
import { AppMenuDrawer } from './app-menu-drawer';
import { LanguageSwitch } from './language-switch';
import { NotificationBell } from './notification-bell';
import { UserBadge } from './user-badge';

/**
 * Who is signed in, with which role, the unread-notifications bell and the language switch.
 * `compact` (below 992 px, no side menu): a menu button first, opening the menu in a drawer; on a
 * phone the name alone, wrapping rather than cut (the role is in the drawer).
 */
export const AppHeader = ({ compact = false }: { compact?: boolean }) => {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const screens = Grid.useBreakpoint();
  const { data: user } = useGetIdentity<User>();
  const [menuOpen, setMenuOpen] = useState(false);
  const phone = compact && !screens.md;
  return (
    <Layout.Header
      style={{
        backgroundColor: token.colorBgElevated,
        display: 'flex',
        alignItems: 'center',
        gap: phone ? 8 : 16,
        padding: phone ? '4px 12px' : '0 24px',
        height: 'auto',
        minHeight: phone ? 56 : 64,
        lineHeight: 1.3,
        position: 'sticky',
        top: 0,
        zIndex: 10,
      }}
    >
      {compact && (
        <>
          <Button
            type="text"
            icon={<MenuOutlined />}
            aria-label={t('header.openMenu')}
            aria-expanded={menuOpen}
            onClick={() => setMenuOpen(true)}
            style={{ flex: 'none' }}
          />
          <AppMenuDrawer open={menuOpen} onClose={() => setMenuOpen(false)} />
        </>
      )}
      <Flex flex={1} style={{ minWidth: 0 }} justify={phone ? 'flex-start' : 'flex-end'}>
        {user &&
          (phone ? (
            <Typography.Text strong style={{ fontSize: 13, overflowWrap: 'anywhere' }}>
              {user.name || user.email}
            </Typography.Text>
          ) : (
            <UserBadge />
          ))}
      </Flex>
      <Space size={phone ? 'small' : 'large'} style={{ flex: 'none' }}>
        {user && <NotificationBell />}
        <LanguageSwitch />
      </Space>
    </Layout.Header>
  );
};
