import { LineChart } from 'echarts/charts';
import type { EChartsOption } from 'echarts';
import { Alert, Card, Col, Row, Skeleton, Space, Statistic, Switch, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Chart } from '../../components/chart';
import { echarts } from '../../components/echarts-setup';
import { useFormat } from '../../format/use-format';
import type { HeadlineFigure } from '../../graphql/types';
import { useGqlQuery } from '../../providers/use-gql';
import { PLAN_DASHBOARD_QUERY } from './queries';

echarts.use([LineChart]);

/** The plan's 2020 figure in its units, e.g. "166 家". */
const planValue = (
  figure: HeadlineFigure | undefined,
  pick: (zh: string, en: string) => string,
  n: (v: number) => string,
) => (figure ? `${n(figure.value)} ${pick(figure.unit, figure.unitEn)}` : '—');

/**
 * 平台实况 (staff): the platform's live figures beside the plan's 2020 baseline, each a link to the
 * records behind it, and the monthly trends. Demo (sample) records count only when switched on, or
 * when the database holds nothing else.
 */
export const LiveSection = ({ figures }: { figures: readonly HeadlineFigure[] }) => {
  const { t } = useTranslation();
  const f = useFormat();
  const [includeSample, setIncludeSample] = useState<boolean | null>(null);
  const live = useGqlQuery(PLAN_DASHBOARD_QUERY, { includeSample: includeSample ?? false }, { resource: 'plan' });
  const data = live.data;
  // the first answer (real records only) decides whether samples count; until the answer for that
  // choice is in, no figure shows, so a number and its link always agree
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (includeSample === null && data) setIncludeSample(data.planDashboard.enterprises === 0);
    else if (includeSample !== null && data && !live.isFetching) setSettled(true);
  }, [data, includeSample, live.isFetching]);
  const plan = (code: string) => figures.find((figure) => figure.code === code);
  const pick = (zh: string, en: string) => f.pick(zh, en);
  const n = (value: number) => f.number(value);
  const sampleParam = includeSample ? '' : '&sample=false';
  const enterprisesLink = (query: string) => `/enterprises?${query}${sampleParam}`;
  const tier = (code: string) =>
    data?.planDashboard.enterprisesByTier.find((row) => row.tier === code)?.enterprises ?? 0;
  if (live.error)
    return <Alert type="error" showIcon message={t('pages.error.loadFailed')} description={live.error.message} />;
  if (!data || includeSample === null || !settled) return <Skeleton active />;
  const board = data.planDashboard;
  const incubationPlan = plan('INCUBATION_FLOOR_AREA');
  const cards = [
    {
      key: 'highTech',
      title: t('plan.live.highTech'),
      value: n(tier('HIGH_TECH')),
      to: enterprisesLink('tier=HIGH_TECH'),
      compare: t('plan.live.vsPlan', { value: planValue(plan('HIGH_TECH_ENTERPRISES'), pick, n) }),
    },
    {
      key: 'techSme',
      title: t('plan.live.techSme'),
      value: n(tier('TECH_SME')),
      to: enterprisesLink('tier=TECH_SME'),
      compare: t('plan.live.vsPlanTech', { value: planValue(plan('TECH_ENTERPRISES'), pick, n) }),
    },
    {
      key: 'landed',
      title: t('plan.live.landedInvestment'),
      value: f.money(data.leadBreakdown.total.actualInvestment),
      to: '/pipeline',
      compare: t('plan.live.contracted', { value: f.money(data.leadBreakdown.total.contractedInvestment) }),
    },
    {
      key: 'incubation',
      title: t('plan.live.incubation'),
      value: f.floor(board.incubationFloorInUseSqm),
      to: '/parks?kind=INCUBATOR',
      compare: t('plan.live.vsPlan', { value: planValue(incubationPlan, pick, n) }),
    },
    {
      key: 'idleLand',
      title: t('plan.live.idleLand'),
      value: f.land(board.idleLandRecoveredMu),
      to: `/land?recovered=true${sampleParam}`,
      compare: board.idleLandRecoveredByYear.length
        ? t('plan.live.idleLandByYear', {
            years: board.idleLandRecoveredByYear
              .map((row) => `${row.year}: ${f.land(row.areaMu)}`)
              .join(pick('；', '; ')),
          })
        : t('plan.live.idleLandNone'),
    },
  ];
  const landed = new Map(data.leadTrend.map((month) => [month.month, month.landed]));
  const months = board.enterpriseTrend.map((month) => month.month);
  const title = t('plan.live.trendTitle');
  const option: EChartsOption = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 40, right: 16, top: 48, bottom: 32 },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'line',
        name: t('plan.live.series.enterprises'),
        data: board.enterpriseTrend.map((m) => m.totalEnterprises),
      },
      { type: 'line', name: t('plan.live.series.highTech'), data: board.enterpriseTrend.map((m) => m.totalHighTech) },
      { type: 'line', name: t('plan.live.series.techSme'), data: board.enterpriseTrend.map((m) => m.totalTechSme) },
      { type: 'line', name: t('plan.live.series.landed'), data: months.map((month) => landed.get(month) ?? 0) },
    ],
  };
  const projects = new Map(data.leadBreakdown.rows.map((row) => [row.key, row]));
  return (
    <section aria-labelledby="plan-live-title">
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={5} id="plan-live-title" style={{ margin: 0 }}>
          {t('plan.live.title')}
        </Typography.Title>
        <Space>
          <Typography.Text id="plan-live-sample">{t('plan.live.includeSample')}</Typography.Text>
          <Switch
            aria-labelledby="plan-live-sample"
            checked={includeSample}
            onChange={(checked) => {
              // no figure shows until the answer for the new choice is in (a number and its link agree)
              setSettled(false);
              setIncludeSample(checked);
            }}
          />
        </Space>
      </Space>
      <Typography.Paragraph type="secondary">{t('plan.live.intro')}</Typography.Paragraph>
      <Row gutter={[12, 12]}>
        {cards.map((card) => (
          <Col key={card.key} xs={24} sm={12} xl={8} xxl={4}>
            <Card size="small" style={{ height: '100%' }}>
              <Statistic
                title={card.title}
                valueRender={() =>
                  card.to ? (
                    <Link to={card.to} aria-label={`${card.title}: ${card.value}`}>
                      {card.value}
                    </Link>
                  ) : (
                    card.value
                  )
                }
              />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {card.compare}
              </Typography.Text>
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
        <Col xs={24} xl={10}>
          <Card size="small" title={<h3 style={{ fontSize: 14, margin: 0 }}>{t('plan.live.byCluster')}</h3>}>
            <Table
              rowKey={(row) => row.industryCode ?? 'OTHER'}
              size="small"
              pagination={false}
              dataSource={board.enterprisesByCluster}
              columns={[
                { key: 'name', title: t('plan.live.cluster'), render: (_, row) => row.name },
                {
                  key: 'enterprises',
                  title: t('plan.live.enterprises'),
                  align: 'right',
                  render: (_, row) =>
                    row.industryCode ? (
                      <Link to={enterprisesLink(`industryCode=${row.industryCode}`)}>{n(row.enterprises)}</Link>
                    ) : (
                      n(row.enterprises)
                    ),
                },
                {
                  key: 'projects',
                  title: t('plan.live.projects'),
                  align: 'right',
                  render: (_, row) => {
                    const signed = row.industryCode ? (projects.get(row.industryCode)?.signed ?? 0) : null;
                    return signed === null ? (
                      ''
                    ) : (
                      <Link to={`/leads?industryCode=${row.industryCode}`}>{n(signed)}</Link>
                    );
                  },
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card size="small">
            <Chart option={option} ariaLabel={title} />
          </Card>
        </Col>
      </Row>
    </section>
  );
};
