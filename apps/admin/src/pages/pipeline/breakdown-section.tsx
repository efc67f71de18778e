import { Alert, DatePicker, Segmented, Select, Spin } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeadDimension, LeadFilter, PeriodBasis } from '../../gql/graphql';
import { errorText } from '../../providers/api-error';
import { useGqlQuery } from '../../providers/use-gql';
import { BreakdownBars, BreakdownTable } from './breakdown-chart';
import { ChartCard } from './chart-card';
import { ComparisonCard } from './comparison-card';
import { DIMENSIONS, toPeriod } from './dashboard-view';
import { LEAD_BREAKDOWN_QUERY } from './queries';

interface Props {
  filter: LeadFilter;
  includeSample: boolean;
  money: (yuan: number) => string;
  number: (value: number, digits?: number) => string;
  percent: (fraction: number) => string;
}

/**
 * 分项统计: the filtered leads by cluster, park, source, owner or quarter, within a period of
 * creation or signing; then planned vs contracted vs actual for the same leads.
 */
export const BreakdownSection = ({ filter, includeSample, money, number, percent }: Props) => {
  const { t } = useTranslation();
  const [dimension, setDimension] = useState<LeadDimension>('INDUSTRY');
  const [days, setDays] = useState<[string, string] | null>(null);
  const [basis, setBasis] = useState<PeriodBasis>('CREATED');
  const period = toPeriod(days, basis);
  const { data, isLoading, error } = useGqlQuery(
    LEAD_BREAKDOWN_QUERY,
    { dimension, filter, period, includeSample },
    { resource: 'leads' },
  );
  const breakdown = data?.leadBreakdown;
  const title = t('pipeline.breakdown.title');
  const controls = (
    <>
      <Segmented<LeadDimension>
        aria-label={t('pipeline.breakdown.dimension')}
        value={dimension}
        onChange={setDimension}
        options={DIMENSIONS.map((value) => ({ value, label: t(`pipeline.breakdown.dimensions.${value}`) }))}
      />
      <Select<PeriodBasis>
        aria-label={t('pipeline.breakdown.basis')}
        value={basis}
        onChange={setBasis}
        style={{ width: 150 }}
        options={(['CREATED', 'SIGNED'] as const).map((value) => ({
          value,
          label: t(`pipeline.breakdown.bases.${value}`),
        }))}
      />
      <DatePicker.RangePicker
        aria-label={t('pipeline.breakdown.period')}
        placeholder={[t('pipeline.breakdown.from'), t('pipeline.breakdown.to')]}
        onChange={(range: [Dayjs | null, Dayjs | null] | null) =>
          setDays(range?.[0] && range[1] ? [range[0].format('YYYY-MM-DD'), range[1].format('YYYY-MM-DD')] : null)
        }
      />
    </>
  );
  return (
    <>
      {error && <Alert type="error" showIcon message={errorText(error)} />}
      <ChartCard
        title={title}
        extra={controls}
        chart={
          breakdown ? (
            <BreakdownBars
              rows={breakdown.rows}
              ariaLabel={t('pipeline.breakdown.aria', {
                title,
                dimension: t(`pipeline.breakdown.dimensions.${dimension}`),
                groups: breakdown.rows.length,
              })}
            />
          ) : (
            isLoading && <Spin />
          )
        }
        table={
          breakdown && (
            <BreakdownTable
              rows={breakdown.rows}
              total={breakdown.total}
              money={money}
              number={number}
              percent={percent}
            />
          )
        }
      />
      {breakdown && <ComparisonCard total={breakdown.total} money={money} number={number} percent={percent} />}
    </>
  );
};
