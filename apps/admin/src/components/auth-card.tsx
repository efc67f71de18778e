import { Card, Flex, Layout, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLogo } from './app-logo';
import { LanguageSwitch } from './language-switch';
import { MAIN_ID, SkipLink } from './skip-link';

export interface AuthCardProps {
  /** The page's own title ("登录", "企业注册"). */
  title: string;
  /** A line above the title (the platform's subtitle). */
  lead?: string;
  /** A line below the title. */
  intro?: string;
  width?: number;
  children: ReactNode;
}

/** The signed-out pages' frame: the skip link, language switch, the platform's name, one centred card (the page's <main>). */
export const AuthCard = ({ title, lead, intro, width = 420, children }: AuthCardProps) => {
  const { t } = useTranslation();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <SkipLink />
      <Flex justify="flex-end" style={{ padding: 16 }}>
        <LanguageSwitch />
      </Flex>
      <Flex
        component="main"
        id={MAIN_ID}
        tabIndex={-1}
        justify="center"
        align="center"
        style={{ flex: 1, padding: 16 }}
      >
        <Card style={{ width, maxWidth: '100%' }}>
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <Space align="center">
              <AppLogo size={36} />
              <Typography.Title level={4} style={{ margin: 0 }}>
                {t('app.title')}
              </Typography.Title>
            </Space>
            {lead && <Typography.Text type="secondary">{lead}</Typography.Text>}
            <Typography.Title level={3} style={{ margin: 0 }}>
              {title}
            </Typography.Title>
            {intro && <Typography.Text type="secondary">{intro}</Typography.Text>}
            {children}
          </Space>
        </Card>
      </Flex>
    </Layout>
  );
};
