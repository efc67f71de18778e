import { useGetIdentity } from '@refinedev/core';
import { Navigate } from 'react-router';
import { roleCan } from '../access/permissions';
import type { User } from '../graphql/types';
import { resources } from '../resources';

/** `/` opens the first menu entry the signed-in role may see. */
export const HomeRedirect = () => {
  const { data: user, isLoading } = useGetIdentity<User>();
  if (isLoading) return null;
  const first = resources.find((resource) => roleCan(user?.role, resource.name, 'list'));
  return <Navigate to={typeof first?.list === 'string' ? first.list : '/parks'} replace />;
};
