import type { AccessControlProvider } from '@refinedev/core';
import { roleCan } from '../access/permissions';
import { i18n } from '../i18n/i18n';
import { currentUser } from './session';

/** Refine's `can()` answered from the signed-in user's role (see access/permissions.ts). */
export const accessControlProvider: AccessControlProvider = {
  can: async ({ resource, action }) => {
    const user = await currentUser().catch(() => null);
    const can = roleCan(user?.role, resource, action);
    return can ? { can } : { can, reason: i18n.t('buttons.notAccessTitle') };
  },
  options: {
    buttons: { enableAccessControl: true, hideIfUnauthorized: true },
    // answers depend on who is signed in: drop them once no menu or button uses them (e.g. after logout)
    queryOptions: { gcTime: 0 },
  },
};
