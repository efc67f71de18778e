import { Alert, Card, Col, Flex, Row, Select, Space, Spin, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import type { LeadFilter, LeadSource } from '../../gql/graphql';
import { errorText } from '../../providers/api-error';
import { useGqlQuery } from '../../providers/use-gql';
import { INDUSTRIES_QUERY } from '../industries/queries';
import { PARKS_QUERY } from '../parks/queries';
import { PipelineFunnel } from './funnel-chart';
import { LEAD_SOURCES, moneyParts, pipelineTotals } from './pipeline-view';
import { PIPELINE_SUMMARY_QUERY } from './queries';
import { StageTables } from './stage-tables';

/** 招商看板: the pipeline's funnel, totals, conversion and time per stage, by industry, park and source. */
export const PipelinePage = () => {
  const { t } = useTranslation();
  const f = useFormat();
  const [filter, setFilter] = useState<LeadFilter>({});
  const { data, isLoading, error } = useGqlQuery(PIPELINE_SUMMARY_QUERY, { filter }, { resource: 'leads' });
  const industries = useGqlQuery(INDUSTRIES_QUERY, {}, { resource: 'industries' }).data?.industries ?? [];
  const parks = useGqlQuery(PARKS_QUERY, {}, { resource: 'parks' }).data?.parks ?? [];
  const money = (yuan: number) => {
    const { value, unit } = moneyParts(yuan);
    return `${f.number(value, 2)} ${t(`pipeline.units.${unit}`)}`;
  };
  const set = (key: keyof LeadFilter) => (value?: string) =>
    setFilter((current) => ({ ...current, [key]: value || undefined }));
  const summary = data?.pipelineSummary;
  const totals = summary ? pipelineTotals(summary) : null;
  const all = t('pipeline.filters.all');
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('pipeline.titles.list')}
      </Typography.Title>
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
      {error && <Alert type="error" showIcon message={errorText(error)} />}
      {isLoading && <Spin />}
      {summary && totals && (
        <>
          <Row gutter={[12, 12]}>
            {(
              [
                ['total', f.number(totals.total, 0)],
                ['lost', f.number(totals.lost, 0)],
                ['overdueEnquiries', f.number(totals.overdueEnquiries, 0)],
                ['overdueActions', f.number(totals.overdueActions, 0)],
                ['planned', money(totals.plannedInvestment)],
              ] as const
            ).map(([key, value]) => (
              <Col key={key} xs={12} md={8} xl={4}>
                <Card size="small">
                  <Statistic title={t(`pipeline.totals.${key}`)} value={value} />
                </Card>
              </Col>
            ))}
          </Row>
          <Card size="small">
            <PipelineFunnel stages={summary.stages} money={money} />
          </Card>
          <StageTables summary={summary} money={money} number={f.number} percent={(x) => f.percent(x)} />
        </>
      )}
    </Space>
  );
};
