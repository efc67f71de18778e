import { ThemedTitle } from '@refinedev/antd';
import type { TitleProps } from '@refinedev/core';
import { useTranslation } from 'react-i18next';
import { AppLogo } from './app-logo';

export const AppTitle = ({ collapsed }: TitleProps) => {
  const { t } = useTranslation();
  return <ThemedTitle collapsed={collapsed} icon={<AppLogo />} text={t('app.shortTitle')} />;
};
