import { useState } from 'react';
import type { TablePaginationConfig } from 'antd';

interface Paged {
  totalCount: number;
  pageInfo: { endCursor?: string | null };
}

/**
 * Server pages walked by cursor for an antd Table: the cursors of the pages seen make going back
 * possible; jumping ahead stops at the next page.
 */
export const useCursorPages = (pageSize: number) => {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [page, setPage] = useState(0);
  const after = cursors[page] ?? null;
  const pagination = (connection: Paged | undefined): TablePaginationConfig => ({
    current: page + 1,
    pageSize,
    total: connection?.totalCount ?? 0,
    showSizeChanger: false,
    hideOnSinglePage: true,
    onChange: (next) => {
      const index = next - 1;
      const end = connection?.pageInfo.endCursor;
      if (index > page && end) {
        setCursors((known) => {
          const copy = [...known];
          copy[page + 1] = end;
          return copy;
        });
        setPage(page + 1);
      } else if (index < page) {
        setPage(index);
      }
    },
  });
  return { after, pagination };
};
