import { LogoutOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useGetIdentity, useLogout, useMenu, useWarnAboutChange, type TreeMenuItem } from '@refinedev/core';
import { Drawer, Menu, Space, Typography, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { roleCan } from '../access/permissions';
import type { User } from '../graphql/types';
import { AppLogo } from './app-logo';
import { UserBadge } from './user-badge';

/** The side menu's entries as antd menu items. */
const menuItems = (tree: TreeMenuItem[]): NonNullable<MenuProps['items']> =>
  tree.map((item) => ({
    key: item.key,
    icon: item.meta?.icon ?? <UnorderedListOutlined />,
    label: <Link to={item.list ?? '/'}>{item.label ?? item.meta?.label ?? item.name}</Link>,
  }));

/**
 * The menu on a phone or tablet: who is signed in (the whole name), the pages the role may open,
 * and signing out. Choosing an entry closes the drawer.
 */
export const AppMenuDrawer = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const { t } = useTranslation();
  const { menuItems: tree, selectedKey } = useMenu();
  const { mutate: logout } = useLogout();
  const { warnWhen, setWarnWhen } = useWarnAboutChange();
  const signOut = () => {
    if (warnWhen && !window.confirm(t('warnWhenUnsavedChanges'))) return;
    setWarnWhen(false);
    logout();
  };
  const { data: user } = useGetIdentity<User>();
  // the entries the side menu shows: those the role may list (access/permissions.ts), not hidden ones
  const visible = tree.filter((item) => !item.meta?.hide && roleCan(user?.role, item.name, 'list'));
  return (
    <Drawer
      open={open}
      onClose={onClose}
      placement="left"
      width="min(300px, 85vw)"
      title={
        <Space align="center">
          <AppLogo />
          <span>{t('app.shortTitle')}</span>
        </Space>
      }
      styles={{ body: { padding: 0 } }}
    >
      <div style={{ padding: '12px 24px' }}>
        <UserBadge wrap />
      </div>
      <nav aria-label={t('header.menu')}>
        <Menu
          mode="inline"
          selectedKeys={selectedKey ? [selectedKey] : []}
          style={{ border: 'none' }}
          onClick={({ key }) => {
            if (key === 'logout') signOut();
            onClose();
          }}
          items={[
            ...menuItems(visible),
            { type: 'divider' },
            {
              key: 'logout',
              icon: <LogoutOutlined />,
              label: <Typography.Text>{t('buttons.logout')}</Typography.Text>,
            },
          ]}
        />
      </nav>
    </Drawer>
  );
};
