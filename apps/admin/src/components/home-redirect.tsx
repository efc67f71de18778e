import { useGetIdentity } from '@refinedev/core';
import { Navigate } from 'react-router';
import { roleCan } from '../access/permissions';
import type { User } from '../graphql/types';
import { resources } from '../resources';
import { PageLoading } from './page-loading';

/**
 * `/` opens where each role works: bureau staff land on their dashboard (招商看板: what is
 * overdue, the pipeline, the chains' missing links); other roles on the first menu entry they may see.
 */
export const HomeRedirect = () => {
  const { data: user, isLoading } = useGetIdentity<User>();
  if (isLoading) return <PageLoading />;
  if (user?.role === 'BUREAU_STAFF' && roleCan(user.role, 'pipeline', 'list'))
    return <Navigate to="/pipeline" replace />;
  const first = resources.find((resource) => roleCan(user?.role, resource.name, 'list'));
  return <Navigate to={typeof first?.list === 'string' ? first.list : '/parks'} replace />;
};
