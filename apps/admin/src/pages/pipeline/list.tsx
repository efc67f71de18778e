import { Alert, Card, Col, Flex, Row, Select, Space, Spin, Statistic, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import type { LeadFilter, LeadSource } from '../../gql/graphql';
import { errorText } from '../../providers/api-error';
import { useGqlQuery } from '../../providers/use-gql';
import { INDUSTRIES_QUERY } from '../industries/queries';
import { PARKS_QUERY } from '../parks/queries';
import { BreakdownSection } from './breakdown-section';
import { CoverageMap } from './coverage-map';
import { defaultIncludeSample } from './dashboard-view';
import { DrillDrawer, type Drill } from './drill-drawer';
import { PipelineFunnel } from './funnel-chart';
import { PlacementCards } from './placement-cards';
import { OverdueCards } from './overdue-cards';
import { LEAD_SOURCES, moneyParts, pipelineTotals } from './pipeline-view';
import { DASHBOARD_QUERY, LEAD_TREND_QUERY, PIPELINE_SUMMARY_QUERY } from './queries';
import { StageTables } from './stage-tables';
import { TrendChart } from './trend-chart';

/**
 * 招商看板, where staff land: what is overdue, the funnel, the monthly trend, breakdowns with
 * planned vs contracted vs actual, the priority chains' coverage map, and the stage tables.
 */
export const PipelinePage = () => {
  const { t } = useTranslation();
  const f = useFormat();
  const [filter, setFilter] = useState<LeadFilter>({});
  const [drill, setDrill] = useState<Drill | null>(null);
  // null until the first answer says whether the database holds only samples (see defaultIncludeSample).
  const [sampleChoice, setSampleChoice] = useState<boolean | null>(null);
  const includeSample = sampleChoice ?? false;
  const dashboard = useGqlQuery(DASHBOARD_QUERY, { includeSample }, { resource: 'leads' });
  const board = dashboard.data?.dashboard;
  useEffect(() => {
    if (sampleChoice === null && board) setSampleChoice(defaultIncludeSample(board));
  }, [board, sampleChoice]);
  const ready = sampleChoice !== null;
  const summaryQuery = useGqlQuery(
    PIPELINE_SUMMARY_QUERY,
    { filter, includeSample },
    { resource: 'leads', enabled: ready },
  );
  const trend = useGqlQuery(LEAD_TREND_QUERY, { filter, includeSample }, { resource: 'leads', enabled: ready });
  const industries = useGqlQuery(INDUSTRIES_QUERY, {}, { resource: 'industries' }).data?.industries ?? [];
  const parks = useGqlQuery(PARKS_QUERY, {}, { resource: 'parks' }).data?.parks ?? [];
  const money = (yuan: number) => {
    const { value, unit } = moneyParts(yuan);
    return `${f.number(value, 2)} ${t(`pipeline.units.${unit}`)}`;
  };
  const percent = (x: number) => f.percent(x);
  const set = (key: keyof LeadFilter) => (value?: string) =>
    setFilter((current) => ({ ...current, [key]: value || undefined }));
  const summary = summaryQuery.data?.pipelineSummary;
  const totals = summary ? pipelineTotals(summary) : null;
  const all = t('pipeline.filters.all');
  const error = dashboard.error ?? summaryQuery.error ?? trend.error;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Flex wrap gap={12} justify="space-between" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('pipeline.titles.list')}
        </Typography.Title>
        <label>
          <Space>
            <Switch
              checked={includeSample}
              disabled={!ready}
              onChange={(checked) => setSampleChoice(checked)}
              aria-label={t('pipeline.sample.label')}
              aria-describedby="pipeline-sample-hint"
            />
            {t('pipeline.sample.label')}
          </Space>
        </label>
      </Flex>
      <Typography.Text type="secondary" id="pipeline-sample-hint">
        {includeSample ? t('pipeline.sample.included') : t('pipeline.sample.excluded', { n: board?.sampleLeads ?? 0 })}
      </Typography.Text>
      {error && <Alert type="error" showIcon message={errorText(error)} />}
      {board && summary && (
        <OverdueCards
          overdueActions={board.overdueActions}
          overdueEnquiries={board.pipeline.overdueEnquiries}
          overdueRequests={board.overdueRequests}
          openRequests={board.openRequests}
          onDrill={setDrill}
        />
      )}
      {board && <PlacementCards placements={board.placements} />}
      <Flex wrap gap={12}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          aria-label={t('pipeline.filters.industry')}
          placeholder={`${t('pipeline.filters.industry')}：${all}`}
          style={{ width: 200 }}
          onChange={set('industryCode')}
          options={industries.map((industry) => ({
            value: industry.code,
            label: f.pick(industry.name, industry.nameEn),
          }))}
        />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          aria-label={t('pipeline.filters.park')}
          placeholder={`${t('pipeline.filters.park')}：${all}`}
          style={{ width: 220 }}
          onChange={set('parkId')}
          options={parks.map((park) => ({ value: park.id, label: f.pick(park.name, park.nameEn) }))}
        />
        <Select
          allowClear
          aria-label={t('pipeline.filters.source')}
          placeholder={`${t('pipeline.filters.source')}：${all}`}
          style={{ width: 180 }}
          onChange={(value?: LeadSource) => set('source')(value)}
          options={LEAD_SOURCES.map((source) => ({ value: source, label: t(`pipeline.sources.${source}`) }))}
        />
      </Flex>
      {(dashboard.isLoading || summaryQuery.isLoading) && <Spin />}
      {summary && totals && (
        <>
          <Row gutter={[12, 12]}>
            {(
              [
                ['total', f.number(totals.total, 0)],
                ['lost', f.number(totals.lost, 0)],
                ['planned', money(totals.plannedInvestment)],
              ] as const
            ).map(([key, value]) => (
              <Col key={key} xs={12} md={8}>
                <Card size="small">
                  <Statistic title={t(`pipeline.totals.${key}`)} value={value} />
                </Card>
              </Col>
            ))}
          </Row>
          <Card size="small">
            <PipelineFunnel stages={summary.stages} money={money} />
          </Card>
        </>
      )}
      {trend.data && <TrendChart months={trend.data.leadTrend} money={money} number={f.number} />}
      {ready && (
        <BreakdownSection
          filter={filter}
          includeSample={includeSample}
          money={money}
          number={f.number}
          percent={percent}
        />
      )}
      {board && (
        <Card size="small">
          <CoverageMap clusters={board.chainCoverage} onDrill={setDrill} />
        </Card>
      )}
      {summary && <StageTables summary={summary} money={money} number={f.number} percent={percent} />}
      <DrillDrawer drill={drill} onClose={() => setDrill(null)} />
    </Space>
  );
};
