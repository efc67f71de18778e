import { Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AppLogo } from './app-logo';

/**
 * What shows while the app checks the session or loads a page, instead of a blank screen.
 * `fullPage`: the whole window (signing in, opening the app), with the platform's mark.
 */
export const PageLoading = ({ fullPage = false, label }: { fullPage?: boolean; label?: string }) => {
  const { t } = useTranslation();
  const text = label ?? t('common.loading');
  return (
    <Flex
      vertical
      align="center"
      justify="center"
      gap={12}
      role="status"
      aria-live="polite"
      style={fullPage ? { minHeight: '100vh', padding: 24 } : { padding: '64px 0' }}
    >
      {fullPage && <AppLogo size={40} />}
      <Spin size="large" />
      <Typography.Text type="secondary">{text}</Typography.Text>
    </Flex>
  );
};
