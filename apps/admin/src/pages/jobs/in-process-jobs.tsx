import { Alert, Card, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import type { JobsOverviewQuery } from '../../gql/graphql';

type Overview = JobsOverviewQuery['jobsOverview'];

const STATUS_COLOR: Record<string, string> = { PENDING: 'processing', DISPATCHED: 'blue', FAILED: 'error' };

/** Embedded mode: no Redis, no board; the outbox is the queue, and its state is shown here. */
export const InProcessJobs = ({ overview }: { overview: Overview }) => {
  const { t } = useTranslation();
  const f = useFormat();
  const queue = (code: string) => t(`jobs.queues.${code}`, { defaultValue: code });
  const jobName = (code: string) => t(`jobs.names.${code.replace(/[.-]/g, '_')}`, { defaultValue: code });
  const counts: TableColumnsType<Overview['outbox'][number]> = [
    { key: 'queue', title: t('jobs.fields.queue'), render: (_, row) => queue(row.queue) },
    {
      key: 'status',
      title: t('jobs.fields.status'),
      render: (_, row) => <Tag color={STATUS_COLOR[row.status]}>{t(`jobs.statuses.${row.status}`)}</Tag>,
    },
    { key: 'count', title: t('jobs.fields.count'), align: 'right', render: (_, row) => f.number(row.count, 0) },
  ];
  const failures: TableColumnsType<Overview['failed'][number]> = [
    { key: 'name', title: t('jobs.fields.job'), render: (_, row) => `${queue(row.queue)} · ${jobName(row.name)}` },
    {
      key: 'attempts',
      title: t('jobs.fields.attempts'),
      align: 'right',
      render: (_, row) => f.number(row.attempts, 0),
    },
    { key: 'error', title: t('jobs.fields.lastError'), render: (_, row) => row.lastError ?? t('common.none') },
    { key: 'createdAt', title: t('jobs.fields.createdAt'), render: (_, row) => f.dateTime(row.createdAt) },
  ];
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Alert type="info" showIcon message={t('jobs.inProcess.title')} description={t('jobs.inProcess.description')} />
      <Card size="small" title={t('jobs.inProcess.outbox')}>
        {overview.outbox.length ? (
          <Table
            rowKey={(row) => `${row.queue}:${row.status}`}
            columns={counts}
            dataSource={overview.outbox}
            pagination={false}
            size="small"
          />
        ) : (
          <Typography.Text type="secondary">{t('jobs.inProcess.idle')}</Typography.Text>
        )}
      </Card>
      {overview.failed.length > 0 && (
        <Card size="small" title={t('jobs.inProcess.failed')}>
          <Table rowKey="id" columns={failures} dataSource={overview.failed} pagination={false} size="small" />
        </Card>
      )}
    </Space>
  );
};
