import type { CrudFilter } from '@refinedev/core';

/**
 * Refine filters become the API's filter input: `{ field: value }` (e.g. ParkFilter { kind, search }).
 * The API takes plain values; the operator only says how the UI means it.
 */
export const toFilterInput = (filters: CrudFilter[] | undefined): Record<string, unknown> | undefined => {
  const input: Record<string, unknown> = {};
  for (const filter of filters ?? []) {
    if (!('field' in filter)) continue;
    const { value } = filter;
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    input[filter.field] = typeof value === 'string' ? value.trim() : value;
  }
  return Object.keys(input).length > 0 ? input : undefined;
};
