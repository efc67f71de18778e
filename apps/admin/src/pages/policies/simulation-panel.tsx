import { ExperimentOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, Row, Segmented, Space, Statistic, Table, Typography } from 'antd';
import type { EChartsOption } from 'echarts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../components/chart';
import { OutcomeTag } from './policy-explanation/outcome-tag';
import { useFormat } from '../../format/use-format';
import { DayInput } from './inputs';
import type { ApiError } from '../../providers/api-error';
import type { Simulation, SimulationBucket } from './types';

type Breakdown = 'byIndustry' | 'byTier' | 'byPark';
type Change = Simulation['newlyEligible'][number];

export interface SimulationPanelProps {
  /** Runs the simulation of the editor's current values as of a day (null = today). */
  simulate: (asOf: string | null) => Promise<Simulation>;
  /** Shows a refusal of the API (rule faults land next to their fields). */
  onError: (error: unknown) => ApiError | null;
}

const COLORS = { eligible: '#52c41a', needsInfo: '#faad14', ineligible: '#ff4d4f' };

/** What-if over every enterprise before publishing: outcomes, budget in 万元, breakdowns, changes. */
export const SimulationPanel = ({ simulate, onError }: SimulationPanelProps) => {
  const { t } = useTranslation();
  const f = useFormat();
  const [asOf, setAsOf] = useState<string | null>(null);
  const [result, setResult] = useState<Simulation | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [running, setRunning] = useState(false);
  const [breakdown, setBreakdown] = useState<Breakdown>('byIndustry');

  const run = async () => {
    setRunning(true);
    setError(null);
    try {
      setResult(await simulate(asOf));
    } catch (caught) {
      setResult(null);
      setError(onError(caught));
    } finally {
      setRunning(false);
    }
  };

  const buckets: SimulationBucket[] = result ? result[breakdown] : [];
  const chartTitle = t('policies.simulation.chartTitle', { by: t(`policies.simulation.breakdowns.${breakdown}`) });
  const option: EChartsOption = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 16, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: buckets.map((bucket) => bucket.label) },
    series: (['eligible', 'needsInfo', 'ineligible'] as const).map((key) => ({
      name: t(
        `policies.outcomes.${key === 'eligible' ? 'ELIGIBLE' : key === 'needsInfo' ? 'NEEDS_INFO' : 'INELIGIBLE'}`,
      ),
      type: 'bar' as const,
      stack: 'outcomes',
      itemStyle: { color: COLORS[key] },
      data: buckets.map((bucket) => bucket[key]),
    })),
  };
  const changes = (rows: Change[], count: number, title: string) => (
    <Card size="small" title={t('policies.simulation.countOf', { title, count: f.number(count, 0) })}>
      <Table<Change>
        size="small"
        rowKey="enterpriseId"
        pagination={{ pageSize: 5, hideOnSinglePage: true }}
        dataSource={rows}
        locale={{ emptyText: t('common.none') }}
        columns={[
          { key: 'name', title: t('policies.simulation.enterprise'), dataIndex: 'name' },
          {
            key: 'outcome',
            title: t('policies.simulation.change'),
            render: (_, row) => (
              <Space size={2}>
                <OutcomeTag outcome={row.previousOutcome} />→<OutcomeTag outcome={row.outcome} />
              </Space>
            ),
          },
          {
            key: 'benefit',
            title: t('policies.simulation.benefit'),
            align: 'right',
            render: (_, row) => f.money(row.benefit),
          },
        ]}
      />
    </Card>
  );

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Space wrap>
        <span>{t('policies.simulation.asOf')}</span>
        <div style={{ width: 160 }}>
          <DayInput
            value={asOf}
            onChange={setAsOf}
            aria-label={t('policies.simulation.asOf')}
            placeholder={t('policies.simulation.today')}
          />
        </div>
        <Button icon={<ExperimentOutlined />} onClick={run} loading={running}>
          {t('policies.simulation.run')}
        </Button>
      </Space>
      {error && <Alert type="error" showIcon message={error.message} />}
      {result && (
        <section aria-label={t('policies.simulation.results')}>
          <Row gutter={[16, 16]}>
            <Col xs={12} md={4}>
              <Statistic title={t('policies.simulation.total')} value={result.total} />
            </Col>
            <Col xs={12} md={4}>
              <Statistic
                title={t('policies.outcomes.ELIGIBLE')}
                value={result.eligible}
                valueStyle={{ color: COLORS.eligible }}
              />
            </Col>
            <Col xs={12} md={4}>
              <Statistic
                title={t('policies.outcomes.NEEDS_INFO')}
                value={result.needsInfo}
                valueStyle={{ color: COLORS.needsInfo }}
              />
            </Col>
            <Col xs={12} md={4}>
              <Statistic
                title={t('policies.outcomes.INELIGIBLE')}
                value={result.ineligible}
                valueStyle={{ color: COLORS.ineligible }}
              />
            </Col>
            <Col xs={24} md={8}>
              <Statistic
                title={t('policies.simulation.budget')}
                value={f.number(result.totalBenefit / 10_000)}
                suffix={t('units.wan')}
              />
            </Col>
          </Row>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {result.comparedWithVersion === null
              ? t('policies.simulation.noPublished', { asOf: f.date(result.asOf) })
              : t('policies.simulation.compared', { version: result.comparedWithVersion, asOf: f.date(result.asOf) })}
          </Typography.Paragraph>
          {result.comparedWithVersion !== null && (
            <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
              <Col xs={24} lg={12}>
                {changes(result.newlyEligible, result.newlyEligibleCount, t('policies.simulation.newlyEligible'))}
              </Col>
              <Col xs={24} lg={12}>
                {changes(result.droppedOut, result.droppedOutCount, t('policies.simulation.droppedOut'))}
              </Col>
            </Row>
          )}
          <Segmented<Breakdown>
            value={breakdown}
            onChange={setBreakdown}
            options={(['byIndustry', 'byTier', 'byPark'] as const).map((key) => ({
              value: key,
              label: t(`policies.simulation.breakdowns.${key}`),
            }))}
            style={{ marginBottom: 12 }}
          />
          {buckets.length === 0 ? (
            <Empty description={t('policies.simulation.empty')} />
          ) : (
            <>
              <Chart
                option={option}
                ariaLabel={chartTitle}
                style={{ height: Math.max(180, buckets.length * 28 + 60) }}
              />
              <Table<SimulationBucket>
                size="small"
                rowKey={(bucket) => bucket.key ?? '—'}
                pagination={false}
                dataSource={buckets}
                columns={[
                  { key: 'label', title: t(`policies.simulation.breakdowns.${breakdown}`), dataIndex: 'label' },
                  { key: 'total', title: t('policies.simulation.total'), dataIndex: 'total', align: 'right' },
                  { key: 'eligible', title: t('policies.outcomes.ELIGIBLE'), dataIndex: 'eligible', align: 'right' },
                  {
                    key: 'needsInfo',
                    title: t('policies.outcomes.NEEDS_INFO'),
                    dataIndex: 'needsInfo',
                    align: 'right',
                  },
                  {
                    key: 'ineligible',
                    title: t('policies.outcomes.INELIGIBLE'),
                    dataIndex: 'ineligible',
                    align: 'right',
                  },
                  {
                    key: 'benefit',
                    title: t('policies.simulation.budget'),
                    align: 'right',
                    render: (_, bucket) => f.money(bucket.benefit),
                  },
                ]}
              />
            </>
          )}
        </section>
      )}
    </Space>
  );
};
