import type { EChartsOption } from 'echarts';
import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../components/chart';
import type { BreakdownRowFragment } from '../../gql/graphql';

const WAN = 10_000;
const MONEY = ['plannedInvestment', 'contractedInvestment', 'actualInvestment'] as const;

interface Props {
  rows: readonly BreakdownRowFragment[];
  total: BreakdownRowFragment;
  money: (yuan: number) => string;
  number: (value: number, digits?: number) => string;
  percent: (fraction: number) => string;
}

/** Planned vs contracted vs actual investment per group, as bars (万元). */
export const BreakdownBars = ({ rows, ariaLabel }: { rows: readonly BreakdownRowFragment[]; ariaLabel: string }) => {
  const { t } = useTranslation();
  const option: EChartsOption = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 16, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: rows.map((row) => row.label),
      axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0 },
    },
    yAxis: { type: 'value', name: t('pipeline.units.wan') },
    series: MONEY.map((key) => ({
      type: 'bar',
      name: t(`pipeline.breakdown.${key}`),
      data: rows.map((row) => Math.round((row[key] / WAN) * 100) / 100),
    })),
  };
  return <Chart option={option} ariaLabel={ariaLabel} style={{ height: 380 }} />;
};

/** The breakdown's figures as a table: counts, conversion, and every planned/contracted/actual sum. */
export const BreakdownTable = ({ rows, total, money, number, percent }: Props) => {
  const { t } = useTranslation();
  const none = t('common.none');
  const count = (key: 'leads' | 'open' | 'signed' | 'lost') => ({
    key,
    title: t(`pipeline.breakdown.${key}`),
    align: 'right' as const,
    render: (_: unknown, row: BreakdownRowFragment) => number(row[key], 0),
  });
  const sum = (key: keyof BreakdownRowFragment, isMoney: boolean) => ({
    key,
    title: t(`pipeline.breakdown.${key}`),
    align: 'right' as const,
    render: (_: unknown, row: BreakdownRowFragment) =>
      isMoney ? money(Number(row[key])) : number(Number(row[key]), 0),
  });
  const columns: TableColumnsType<BreakdownRowFragment> = [
    { key: 'label', title: t('pipeline.breakdown.group'), dataIndex: 'label', fixed: 'left' },
    count('leads'),
    count('open'),
    count('signed'),
    count('lost'),
    {
      key: 'conversion',
      title: t('pipeline.breakdown.conversion'),
      align: 'right',
      render: (_, row) => (row.conversion == null ? none : percent(row.conversion)),
    },
    ...MONEY.map((key) => sum(key, true)),
    sum('plannedJobs', false),
    sum('contractedJobs', false),
    sum('actualHires', false),
    sum('expectedTax', true),
    sum('contractedTax', true),
    sum('actualTax', true),
  ];
  return (
    <Table<BreakdownRowFragment>
      rowKey={(row) => row.key ?? '—'}
      size="small"
      pagination={false}
      columns={columns}
      dataSource={[...rows, total]}
      scroll={{ x: 1600 }}
      locale={{ emptyText: t('pipeline.empty') }}
    />
  );
};
