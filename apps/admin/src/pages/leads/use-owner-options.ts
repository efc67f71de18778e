import { useGetIdentity } from '@refinedev/core';
import { useTranslation } from 'react-i18next';
import type { User } from '../../graphql/types';
import { useStaffOptions } from '../requests/use-staff-options';

export interface OwnerOption {
  value: string;
  label: string;
}

/**
 * The staff members a lead can be given to: every active colleague (`staffMembers`, which bureau
 * staff may read, unlike the admins' `users` list), the signed-in user first as "me", and the
 * lead's current owner even if no longer active.
 */
export const useOwnerOptions = (extra?: { id: string | null | undefined; name: string | null | undefined }) => {
  const { t } = useTranslation();
  const { data: user } = useGetIdentity<User>();
  const staff = useStaffOptions();
  const owners = new Map<string, string>();
  if (user) owners.set(user.id, t('leads.me', { name: user.name }));
  for (const { value, label } of staff.options) if (!owners.has(value)) owners.set(value, label);
  if (extra?.id && extra.name && !owners.has(extra.id)) owners.set(extra.id, extra.name);
  const options: OwnerOption[] = [...owners].map(([value, label]) => ({ value, label }));
  return { options, me: user?.id };
};
