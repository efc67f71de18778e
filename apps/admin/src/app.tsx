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
 * Refine's blue theme with WCAG AA contrast (axe, 4.5:1 for text), set once here rather than page by
 * page: antd's #1677ff links and tabs (4.1:1) and its 45 % grey secondary text (3.4:1) are too light;
 * blue-7 and 65 % grey pass (6.0:1, 5.7:1). The same for the other greys (description labels,
 * placeholders, disabled values, empty texts: 60 %, 5.7:1 on white, 5.3:1 on the disabled grey),
 * red danger buttons and error texts (red-7), success and warning texts (green-8, gold-9), and
 * tags: a preset tag writes its `<colour>7` on its `<colour>1`, too light for green, gold, orange,
 * cyan, lime, yellow and volcano, so the tags take the 8 or 9 shade (≥ 5:1 on the tag's own ground).
 */
const GREY_60 = 'rgba(0, 0, 0, 0.6)';
const THEME = {
  ...RefineThemes.Blue,
  token: {
    ...RefineThemes.Blue.token,
    colorPrimary: '#0958d9',
    colorLink: '#0958d9',
    // antd lightens a button or link under the pointer (4.1:1 with white text): darken it instead
    colorPrimaryHover: '#003eb3',
    colorPrimaryActive: '#002c8c',
    colorLinkHover: '#003eb3',
    colorLinkActive: '#002c8c',
    colorErrorHover: '#a8071a',
    colorErrorActive: '#820014',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: GREY_60,
    colorTextQuaternary: GREY_60,
    colorTextPlaceholder: GREY_60,
    colorTextDisabled: GREY_60,
    colorError: '#cf1322',
    colorSuccess: '#237804',
    colorWarning: '#874d00',
    // the darker seeds above would also darken the pale grounds of alerts and status tags: keep antd's
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorWarningBg: '#fffbe6',
    colorWarningBorder: '#ffe58f',
    colorErrorBg: '#fff2f0',
    colorErrorBorder: '#ffccc7',
  },
  components: {
    ...RefineThemes.Blue.components,
    Tag: {
      green7: '#237804',
      gold7: '#874d00',
      orange7: '#ad4e00',
      volcano7: '#ad2102',
      cyan7: '#006d75',
      lime7: '#3f6600',
      yellow7: '#614700',
    },
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
