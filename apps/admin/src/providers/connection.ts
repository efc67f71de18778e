import type { BaseRecord } from '@refinedev/core';

/** A cursor connection as the API serves growing lists. */
export interface Connection<T = BaseRecord> {
  edges: { node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

export const isConnection = (value: unknown): value is Connection =>
  typeof value === 'object' && value !== null && 'edges' in value && 'pageInfo' in value;

/** The value of the one root field a document asks for. */
export const rootField = (data: unknown): unknown => {
  if (typeof data !== 'object' || data === null) return undefined;
  return Object.values(data)[0];
};

/**
 * Page numbers (what tables show) mapped onto cursors (what the API pages by): the end cursor
 * of each page already seen, per list query. Page 1 starts at no cursor.
 */
export class CursorBook {
  private readonly pages = new Map<string, (string | null)[]>();

  known(key: string): (string | null)[] {
    let cursors = this.pages.get(key);
    if (!cursors) {
      cursors = [null];
      this.pages.set(key, cursors);
    }
    return cursors;
  }

  record(key: string, pageIndex: number, endCursor: string | null): void {
    this.known(key)[pageIndex + 1] = endCursor;
  }
}
