import { LineChart } from 'echarts/charts';
import type { EChartsOption } from 'echarts';
import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../components/chart';
import { echarts } from '../../components/echarts-setup';
import { ChartCard } from './chart-card';
import { trendSeries, type TrendMonth } from './dashboard-view';

// Only this page draws lines: registered here rather than in the shared setup.
echarts.use([LineChart]);

const COUNTS = ['newLeads', 'signed', 'landed', 'enquiriesLate'] as const;

/** 月度趋势: new leads, signings, landings and late enquiries per month, as lines or as a table. */
export const TrendChart = ({
  months,
  money,
  number,
}: {
  months: readonly TrendMonth[];
  money: (yuan: number) => string;
  number: (value: number, digits?: number) => string;
}) => {
  const { t } = useTranslation();
  const title = t('pipeline.trend.title');
  const series = trendSeries(months);
  const option: EChartsOption = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: series.months },
    yAxis: { type: 'value', minInterval: 1 },
    series: COUNTS.map((key) => ({ type: 'line', name: t(`pipeline.trend.${key}`), data: series[key], smooth: false })),
  };
  const columns: TableColumnsType<TrendMonth> = [
    { key: 'month', title: t('pipeline.trend.month'), dataIndex: 'month' },
    ...COUNTS.map((key) => ({
      key,
      title: t(`pipeline.trend.${key}`),
      align: 'right' as const,
      render: (_: unknown, row: TrendMonth) => number(row[key], 0),
    })),
    {
      key: 'money',
      title: t('pipeline.trend.contractedInvestment'),
      align: 'right',
      render: (_, row) => money(row.contractedInvestment),
    },
  ];
  return (
    <ChartCard
      title={title}
      chart={<Chart option={option} ariaLabel={t('pipeline.trend.aria', { title, months: months.length })} />}
      table={
        <Table<TrendMonth>
          rowKey="month"
          size="small"
          pagination={false}
          columns={columns}
          dataSource={[...months]}
          scroll={{ x: 700 }}
        />
      }
    />
  );
};
