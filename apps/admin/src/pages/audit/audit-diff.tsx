import { Switch, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { diffRows, type DiffRow, type Snapshot } from './diff-rows';

const shown = (value: unknown): string => {
  if (value === undefined || value === null || value === '') return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
};

export const AuditDiff = ({ before, after }: { before: Snapshot; after: Snapshot }) => {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const rows = diffRows(before, after);
  if (rows.length === 0) return <Typography.Text type="secondary">{t('audit.noDetails')}</Typography.Text>;
  const visible = all ? rows : rows.filter((row) => row.changed);
  const columns: TableColumnsType<DiffRow> = [
    { key: 'field', title: t('audit.diff.field'), dataIndex: 'field', width: 200 },
    { key: 'before', title: t('audit.diff.before'), render: (_, row) => shown(row.before) },
    {
      key: 'after',
      title: t('audit.diff.after'),
      render: (_, row) =>
        row.changed ? <Typography.Text strong>{shown(row.after)}</Typography.Text> : shown(row.after),
    },
  ];
  return (
    <section aria-label={t('audit.diff.label')}>
      <label style={{ display: 'inline-flex', gap: 8, alignItems: 'center', marginBottom: 8 }}>
        <Switch size="small" checked={all} onChange={setAll} />
        {t('audit.diff.showAll')}
      </label>
      <Table<DiffRow>
        rowKey="field"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={visible}
        scroll={{ x: 600 }}
        locale={{ emptyText: t('audit.diff.noChange') }}
      />
    </section>
  );
};
