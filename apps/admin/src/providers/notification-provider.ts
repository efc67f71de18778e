import { useNotificationProvider } from '@refinedev/antd';
import type { NotificationProvider } from '@refinedev/core';

/** Refine's antd notifications, minus the login error toast: the login page shows that inline. */
export const useAppNotificationProvider = (): NotificationProvider => {
  const base = useNotificationProvider();
  return {
    ...base,
    open: (params) => {
      if (params.key === 'login-error') return;
      base.open(params);
    },
  };
};
