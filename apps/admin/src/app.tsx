import { RefineThemes } from '@refinedev/antd';
import { Refine } from '@refinedev/core';
import routerProvider, { DocumentTitleHandler, UnsavedChangesNotifier } from '@refinedev/react-router';
import { App as AntdApp, ConfigProvider } from 'antd';
// The es build: under Vite the CommonJS 'antd/locale/*' default import arrives wrapped in { default }.
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { AppLogo } from './components/app-logo';
import { AppRoutes } from './app-routes';
import { createI18nProvider } from './i18n/i18n-provider';
import { accessControlProvider } from './providers/access-control-provider';
import { authProvider } from './providers/auth-provider';
import { dataProvider } from './providers/data-provider';
import { useAppNotificationProvider } from './providers/notification-provider';
import { resources } from './resources';

/**
 * Refine's blue theme with WCAG AA contrast on white (axe): antd's #1677ff links and tabs (4.1:1) and
 * its 45 % grey secondary text (3.4:1) are too light; blue-7 and 65 % grey pass (6.0:1, 5.7:1).
 */
const THEME = {
  ...RefineThemes.Blue,
  token: {
    ...RefineThemes.Blue.token,
    colorPrimary: '#0958d9',
    colorLink: '#0958d9',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
  },
};

export const App = () => {
  const { t, i18n } = useTranslation();
  // A new provider object per language makes Refine's own components translate again.
  const i18nProvider = useMemo(() => createI18nProvider(), [i18n.language]);
  return (
    <BrowserRouter>
      <ConfigProvider
        locale={i18n.language === 'en-US' ? enUS : zhCN}
        theme={THEME}
        // keep button names as written (antd would show 登录 as "登 录")
        button={{ autoInsertSpace: false }}
      >
        <AntdApp>
          <Refine
            dataProvider={dataProvider}
            authProvider={authProvider}
            accessControlProvider={accessControlProvider}
            i18nProvider={i18nProvider}
            routerProvider={routerProvider}
            notificationProvider={useAppNotificationProvider}
            resources={resources}
            options={{
              syncWithLocation: false,
              warnWhenUnsavedChanges: true,
              disableTelemetry: true,
              title: { icon: <AppLogo />, text: t('app.shortTitle') },
            }}
          >
            <AppRoutes />
            <UnsavedChangesNotifier />
            <DocumentTitleHandler />
          </Refine>
        </AntdApp>
      </ConfigProvider>
    </BrowserRouter>
  );
};
