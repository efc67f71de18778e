import { useCan } from '@refinedev/core';
import type { ReactNode } from 'react';
import type { Action } from '../access/permissions';
import { Forbidden } from './forbidden';
import { PageLoading } from './page-loading';

/** A page only its roles may open; others see 403 (the API refuses them anyway); a spinner meanwhile. */
export const Guarded = ({ resource, action, children }: { resource: string; action: Action; children: ReactNode }) => {
  const { data } = useCan({ resource, action });
  if (data?.can) return <>{children}</>;
  if (data?.can === false) return <Forbidden />;
  return <PageLoading />;
};
