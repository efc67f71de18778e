import { CanAccess } from '@refinedev/core';
import type { ReactNode } from 'react';
import type { Action } from '../access/permissions';
import { Forbidden } from './forbidden';

/** A page only its roles may open; others see 403 (the API refuses them anyway). */
export const Guarded = ({ resource, action, children }: { resource: string; action: Action; children: ReactNode }) => (
  <CanAccess resource={resource} action={action} fallback={<Forbidden />}>
    {children}
  </CanAccess>
);
