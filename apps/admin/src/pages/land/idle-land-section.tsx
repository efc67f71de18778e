import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../components/chart';
import { useFormat } from '../../format/use-format';
import type { IdleLandSeriesQuery } from '../../gql/graphql';
import { useGqlQuery } from '../../providers/use-gql';
import { IDLE_LAND_SERIES_QUERY } from './queries';

type Series = IdleLandSeriesQuery['idleLandSeries'][number];

const MONTHS = 12;

/** Idle land per park over the last months (a line per park), and a table of the figures now. */
export const IdleLandSection = () => {
  const { t } = useTranslation();
  const f = useFormat();
  const { data, isLoading } = useGqlQuery(IDLE_LAND_SERIES_QUERY, { months: MONTHS }, { resource: 'land' });
  const series = data?.idleLandSeries ?? [];
  const title = t('land.series.title');
  const months = series[0]?.points.map((p) => p.month) ?? [];
  const last = (s: Series) => s.points.at(-1);
  return (
    <Card title={title} size="small">
      {series.length > 0 && (
        <Chart
          ariaLabel={title}
          style={{ height: 280 }}
          option={{
            tooltip: { trigger: 'axis' },
            legend: { type: 'scroll', bottom: 0 },
            grid: { left: 48, right: 16, top: 32, bottom: 48 },
            xAxis: { type: 'category', data: months },
            yAxis: { type: 'value', name: t('land.series.axis') },
            series: series.map((s) => ({
              type: 'line',
              name: f.pick(s.park.name, s.park.nameEn),
              data: s.points.map((p) => p.idleMu),
            })),
          }}
        />
      )}
      <Table<Series>
        rowKey={(s) => s.park.id}
        loading={isLoading}
        dataSource={series}
        pagination={false}
        size="small"
        scroll={{ x: 420 }}
        locale={{ emptyText: <Typography.Text type="secondary">{t('land.series.empty')}</Typography.Text> }}
        columns={[
          { key: 'park', title: t('land.fields.park'), render: (_, s) => f.pick(s.park.name, s.park.nameEn) },
          {
            key: 'idle',
            title: t('land.series.idleNow'),
            align: 'right',
            render: (_, s) => f.land(last(s)?.idleMu ?? 0),
          },
          {
            key: 'recovered',
            title: t('land.series.recovered'),
            align: 'right',
            render: (_, s) => f.land(last(s)?.recoveredMu ?? 0),
          },
        ]}
      />
    </Card>
  );
};
