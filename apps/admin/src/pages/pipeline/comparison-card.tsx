import { Card, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BreakdownRowFragment } from '../../gql/graphql';
import { comparisonRows, fulfilment } from './dashboard-view';

type Row = ReturnType<typeof comparisonRows>[number];

/** 计划 / 合同 / 实际: investment, jobs and tax of the filtered leads, and how much of the contract came true. */
export const ComparisonCard = ({
  total,
  money,
  number,
  percent,
}: {
  total: BreakdownRowFragment;
  money: (yuan: number) => string;
  number: (value: number, digits?: number) => string;
  percent: (fraction: number) => string;
}) => {
  const { t } = useTranslation();
  const show = (row: Row, value: number) =>
    row.money ? money(value) : `${number(value, 0)} ${t('pipeline.units.people')}`;
  const columns: TableColumnsType<Row> = [
    {
      key: 'measure',
      title: t('pipeline.comparison.measure'),
      render: (_, row) => t(`pipeline.comparison.${row.measure}`),
    },
    {
      key: 'planned',
      title: t('pipeline.comparison.planned'),
      align: 'right',
      render: (_, row) => show(row, row.planned),
    },
    {
      key: 'contracted',
      title: t('pipeline.comparison.contracted'),
      align: 'right',
      render: (_, row) => show(row, row.contracted),
    },
    {
      key: 'actual',
      title: t('pipeline.comparison.actual'),
      align: 'right',
      render: (_, row) => show(row, row.actual),
    },
    {
      key: 'fulfilment',
      title: t('pipeline.comparison.fulfilment'),
      align: 'right',
      render: (_, row) => {
        const share = fulfilment(row.contracted, row.actual);
        return share == null ? t('common.none') : percent(share);
      },
    },
  ];
  return (
    <Card size="small">
      <section aria-labelledby="pipeline-comparison">
        <Typography.Title level={5} id="pipeline-comparison">
          {t('pipeline.comparison.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('pipeline.comparison.intro')}</Typography.Paragraph>
        <Table<Row>
          rowKey="measure"
          size="small"
          pagination={false}
          columns={columns}
          dataSource={comparisonRows(total)}
          scroll={{ x: 640 }}
        />
      </section>
    </Card>
  );
};
