import { Grid, List, Table, type TableProps } from 'antd';
import type { Key, ReactNode } from 'react';

export interface ResponsiveTableProps<Row extends object> extends TableProps<Row> {
  /** One row as a card, for screens narrower than `md` (768 px). */
  card: (row: Row) => ReactNode;
  /** What an empty list says (and offers). */
  empty?: ReactNode;
  /** A name for the list of cards (screen readers). */
  label?: string;
}

/**
 * A table on a tablet or wider; below 768 px the same rows as a list of cards, so nothing scrolls
 * sideways on a phone. The cards page like the table (Refine's `tableProps.onChange`).
 */
export const ResponsiveTable = <Row extends object>({ card, empty, label, ...table }: ResponsiveTableProps<Row>) => {
  const screens = Grid.useBreakpoint();
  if (screens.md ?? true) return <Table<Row> {...table} locale={{ ...table.locale, emptyText: empty }} />;
  const { dataSource, loading, pagination, onChange, rowKey } = table;
  const keyOf = (row: Row): Key =>
    typeof rowKey === 'function' ? rowKey(row) : (row as Record<string, Key>)[String(rowKey ?? 'key')]!;
  // The name goes on a region around the cards (antd's List puts an aria-label on a plain div).
  return (
    <section aria-label={label}>
      <List<Row>
        dataSource={dataSource ? [...dataSource] : []}
        loading={typeof loading === 'boolean' ? loading : undefined}
        locale={{ emptyText: empty }}
        rowKey={keyOf}
        renderItem={(row) => (
          <List.Item style={{ padding: '0 0 8px', border: 'none', display: 'block' }}>{card(row)}</List.Item>
        )}
        pagination={
          pagination
            ? {
                current: pagination.current,
                pageSize: pagination.pageSize,
                total: pagination.total,
                size: 'small',
                align: 'center',
                showSizeChanger: false,
                hideOnSinglePage: true,
                onChange: (current, pageSize) =>
                  onChange?.({ current, pageSize }, {}, [], { action: 'paginate', currentDataSource: [] }),
              }
            : false
        }
      />
    </section>
  );
};
