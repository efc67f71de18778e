/** The Refine resources (resources.tsx) whose data a query reads or a mutation changes. */
export type ResourceName =
  | 'plan'
  | 'industries'
  | 'parks'
  | 'policies'
  | 'enterprises'
  | 'applications'
  | 'users'
  | 'notifications'
  | 'jobs'
  | 'leads'
  | 'requests'
  | 'land'
  | 'incubation';

/**
 * Whether a cached query reads one of the resources, from its Refine key:
 * `['data', provider, resource, action, …]` for useTable / useList / useShow, and
 * `['data', provider, 'custom', { resource, … }]` for useGqlQuery (which tags its params).
 */
export const readsAnyOf = (queryKey: readonly unknown[], resources: readonly ResourceName[]): boolean => {
  if (queryKey[0] !== 'data') return false;
  const [, , segment, params] = queryKey;
  if (segment === 'custom') {
    const tag = typeof params === 'object' && params !== null ? (params as { resource?: unknown }).resource : undefined;
    return typeof tag === 'string' && (resources as readonly string[]).includes(tag);
  }
  return typeof segment === 'string' && (resources as readonly string[]).includes(segment);
};
