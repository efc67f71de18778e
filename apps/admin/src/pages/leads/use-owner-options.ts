import { useGetIdentity } from '@refinedev/core';
import { useTranslation } from 'react-i18next';
import type { User } from '../../graphql/types';
import { useGqlQuery } from '../../providers/use-gql';
import { LEADS_QUERY } from './queries';

export interface OwnerOption {
  value: string;
  label: string;
}

/**
 * The staff members a lead can be given to. Bureau staff may not list users (the `users` query is
 * ADMIN only), so the choices are the signed-in user and every owner already on a lead.
 */
export const useOwnerOptions = (extra?: { id: string | null | undefined; name: string | null | undefined }) => {
  const { t } = useTranslation();
  const { data: user } = useGetIdentity<User>();
  const { data } = useGqlQuery(LEADS_QUERY, { first: 100 }, { resource: 'leads' });
  const owners = new Map<string, string>();
  if (user) owners.set(user.id, t('leads.me', { name: user.name }));
  if (extra?.id && extra.name && !owners.has(extra.id)) owners.set(extra.id, extra.name);
  for (const { node } of data?.leads.edges ?? []) {
    if (node.ownerId && node.ownerName && !owners.has(node.ownerId)) owners.set(node.ownerId, node.ownerName);
  }
  const options: OwnerOption[] = [...owners].map(([value, label]) => ({ value, label }));
  return { options, me: user?.id };
};
