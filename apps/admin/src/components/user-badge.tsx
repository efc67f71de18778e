import { useGetIdentity } from '@refinedev/core';
import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from '../graphql/types';

const ROLE_COLOR: Record<User['role'], string> = {
  ADMIN: 'red',
  BUREAU_STAFF: 'blue',
  ENTERPRISE: 'green',
};

/** Who is signed in and with which role. `wrap`: a long name breaks over lines instead of being cut. */
export const UserBadge = ({ wrap = false }: { wrap?: boolean }) => {
  const { t } = useTranslation();
  const { data: user } = useGetIdentity<User>();
  if (!user) return null;
  return (
    <Space size="small" wrap={wrap} aria-label={t('header.user')} role="group">
      <Typography.Text strong style={wrap ? { overflowWrap: 'anywhere' } : { whiteSpace: 'nowrap' }}>
        {user.name || user.email}
      </Typography.Text>
      <Tag color={ROLE_COLOR[user.role]} style={{ marginInlineEnd: 0 }}>
        {t(`roles.${user.role}`)}
      </Tag>
    </Space>
  );
};
