import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Summary } from './pipeline-view';

type StageRow = Summary['stages'][number];
type ConversionRow = Summary['conversion'][number];

interface Props {
  summary: Summary;
  money: (yuan: number) => string;
  number: (value: number, digits?: number) => string;
  percent: (fraction: number) => string;
}

/** The funnel's numbers as a table (its text alternative), and the conversion from stage to stage. */
export const StageTables = ({ summary, money, number, percent }: Props) => {
  const { t } = useTranslation();
  const none = t('common.none');
  const stageColumns: TableColumnsType<StageRow> = [
    { key: 'stage', title: t('pipeline.table.stage'), render: (_, row) => t(`pipeline.stages.${row.stage}`) },
    { key: 'count', title: t('pipeline.table.count'), align: 'right', render: (_, row) => number(row.count, 0) },
    {
      key: 'planned',
      title: t('pipeline.table.planned'),
      align: 'right',
      render: (_, row) => money(row.plannedInvestment),
    },
    {
      key: 'contracted',
      title: t('pipeline.table.contracted'),
      align: 'right',
      render: (_, row) => money(row.contractedInvestment),
    },
    { key: 'jobs', title: t('pipeline.table.jobs'), align: 'right', render: (_, row) => number(row.jobs, 0) },
    { key: 'tax', title: t('pipeline.table.tax'), align: 'right', render: (_, row) => money(row.expectedAnnualTax) },
    { key: 'overdue', title: t('pipeline.table.overdue'), align: 'right', render: (_, row) => number(row.overdue, 0) },
    {
      key: 'days',
      title: t('pipeline.table.averageDays'),
      align: 'right',
      render: (_, row) => (row.averageDays == null ? none : number(row.averageDays, 1)),
    },
  ];
  const conversionColumns: TableColumnsType<ConversionRow> = [
    {
      key: 'step',
      title: t('pipeline.conversion.step'),
      render: (_, row) => `${t(`pipeline.stages.${row.from}`)} → ${t(`pipeline.stages.${row.to}`)}`,
    },
    {
      key: 'reached',
      title: t('pipeline.conversion.reached'),
      align: 'right',
      render: (_, row) => t('pipeline.conversion.counts', { from: row.reachedFrom, to: row.reachedTo }),
    },
    {
      key: 'rate',
      title: t('pipeline.conversion.rate'),
      align: 'right',
      render: (_, row) => (row.rate == null ? none : percent(row.rate)),
    },
  ];
  return (
    <>
      <section aria-labelledby="pipeline-stages">
        <Typography.Title level={5} id="pipeline-stages">
          {t('pipeline.table.title')}
        </Typography.Title>
        <Table<StageRow>
          rowKey="stage"
          size="small"
          pagination={false}
          columns={stageColumns}
          dataSource={summary.stages}
          scroll={{ x: 900 }}
        />
      </section>
      <section aria-labelledby="pipeline-conversion">
        <Typography.Title level={5} id="pipeline-conversion">
          {t('pipeline.conversion.title')}
        </Typography.Title>
        <Table<ConversionRow>
          rowKey={(row) => `${row.from}-${row.to}`}
          size="small"
          pagination={false}
          columns={conversionColumns}
          dataSource={summary.conversion}
        />
      </section>
    </>
  );
};
