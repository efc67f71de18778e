import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Row, Space, Statistic, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Chart } from '../../components/chart';
import { ResponsiveTable } from '../../components/responsive-table';
import { SampleTag } from '../../components/sample-tag';
import { useFormat } from '../../format/use-format';
import type { IncubationStaysQuery } from '../../gql/graphql';
import { errorText } from '../../providers/api-error';
import { useGqlQuery } from '../../providers/use-gql';
import { carrierTexts } from './carrier-figures';
import { EditModal } from './edit-modal';
import { EntryModal } from './entry-modal';
import { ExitModal, type EndingStay } from './exit-modal';
import { OCCUPANCY_MONTHS, STATUS_COLORS } from './ladder-model';
import { LevelTag } from './level-tag';
import { INCUBATION_CARRIER_QUERY, INCUBATION_STAYS_QUERY } from './queries';

type Stay = IncubationStaysQuery['incubationStays']['edges'][number]['node'];

const PAGE = 50;

/** A carrier: its figures, occupancy over the last months, its tenants and their graduation or leaving. */
export const IncubationShow = () => {
  const { t } = useTranslation();
  const f = useFormat();
  const { id = '' } = useParams();
  const [entering, setEntering] = useState(false);
  const [editing, setEditing] = useState<Stay | null>(null);
  const [ending, setEnding] = useState<{ stay: EndingStay; kind: 'GRADUATE' | 'LEAVE' } | null>(null);
  const carrier = useGqlQuery(
    INCUBATION_CARRIER_QUERY,
    { parkId: id, months: OCCUPANCY_MONTHS },
    { resource: 'incubation' },
  );
  const stays = useGqlQuery(
    INCUBATION_STAYS_QUERY,
    { filter: { parkId: id }, first: PAGE, after: null },
    { resource: 'incubation' },
  );
  const c = carrier.data?.incubationCarrier;
  const texts = c ? carrierTexts(c, f, t) : null;
  const rows = stays.data?.incubationStays.edges.map((edge) => edge.node) ?? [];
  const chartTitle = t('incubation.chartTitle');
  const outcome = (stay: Stay) => {
    if (stay.leadId) return <Link to={`/leads/${stay.leadId}`}>{t('incubation.toLead')}</Link>;
    if (stay.applicationId) {
      const next = stay.nextPark ? f.pick(stay.nextPark.name, stay.nextPark.nameEn) : t('incubation.suggestedParks');
      return t('incubation.draftTo', { park: next });
    }
    return null;
  };
  const company = (stay: Stay) => stay.enterprise?.name ?? stay.companyName;
  const editButton = (stay: Stay) => (
    <Button size="small" onClick={() => setEditing(stay)} aria-label={`${t('incubation.edit')} ${company(stay)}`}>
      {t('incubation.edit')}
    </Button>
  );
  const actions = (stay: Stay) =>
    stay.status === 'IN_RESIDENCE' ? (
      <Space size={4} wrap>
        <Button size="small" type="primary" onClick={() => setEnding({ stay, kind: 'GRADUATE' })}>
          {t('incubation.graduate')}
        </Button>
        <Button size="small" onClick={() => setEnding({ stay, kind: 'LEAVE' })}>
          {t('incubation.leave')}
        </Button>
        {editButton(stay)}
      </Space>
    ) : (
      <Space size={4} wrap>
        {outcome(stay)}
        {editButton(stay)}
      </Space>
    );
  const statusTag = (stay: Stay) => (
    <Tag color={STATUS_COLORS[stay.status]}>{t(`incubation.statuses.${stay.status}`)}</Tag>
  );
  const space = (stay: Stay) =>
    [
      stay.seats ? t('incubation.seatsCount', { count: stay.seats }) : null,
      stay.floorSqm ? f.floor(stay.floorSqm) : null,
    ]
      .filter(Boolean)
      .join(' · ');
  const columns: TableColumnsType<Stay> = [
    { key: 'company', title: t('incubation.fields.enterprise'), render: (_, s) => company(s) },
    { key: 'status', title: t('incubation.fields.status'), width: 100, render: (_, s) => statusTag(s) },
    { key: 'space', title: t('incubation.fields.space'), width: 140, render: (_, s) => space(s) },
    { key: 'entered', title: t('incubation.fields.enteredOn'), width: 110, render: (_, s) => s.enteredOn },
    {
      key: 'ended',
      title: t('incubation.fields.endedOn'),
      width: 110,
      render: (_, s) => s.endedOn ?? t('common.none'),
    },
    { key: 'actions', title: t('incubation.fields.actions'), width: 220, render: (_, s) => actions(s) },
  ];
  const card = (stay: Stay) => (
    <Card size="small" title={company(stay)} extra={statusTag(stay)}>
      <Space direction="vertical" size={4}>
        <span>{space(stay)}</span>
        <span>
          {t('incubation.fields.enteredOn')}：{stay.enteredOn}
          {stay.endedOn ? ` · ${t('incubation.fields.endedOn')}：${stay.endedOn}` : ''}
        </span>
        {actions(stay)}
      </Space>
    </Card>
  );
  const points = c?.occupancy ?? [];
  const hasHistory = points.some((p) => p.tenants > 0 || p.floorSqmInUse > 0 || p.entries > 0);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Link>
        <Link to="/incubation">{t('incubation.back')}</Link>
      </Typography.Link>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space wrap>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {c ? texts!.name : t('incubation.title')}
          </Typography.Title>
          {c && <Tag>{c.park.outsideDistrict ? t('incubation.offshoreKind') : t(`parks.kinds.${c.park.kind}`)}</Tag>}
          {c && <LevelTag level={c.park.level} />}
          {c?.park.sampleFields.includes('totalFloorSqm') && <SampleTag />}
        </Space>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEntering(true)}>
          {t('incubation.recordEntry')}
        </Button>
      </Flex>
      {carrier.error && <Alert type="error" showIcon message={errorText(carrier.error)} />}
      {c && texts && (
        <Row gutter={[12, 12]}>
          {[
            { key: 'tenants', title: t('incubation.fields.tenants'), value: String(c.tenants) },
            {
              key: 'floor',
              title: t('incubation.floorOf', { total: f.floor(c.park.totalFloorSqm) }),
              value: f.floor(c.floorSqmInUse),
            },
            { key: 'occupancy', title: t('incubation.fields.occupancy'), value: texts.occupancy },
            { key: 'graduations', title: t('incubation.fields.graduations'), value: String(c.graduations) },
            { key: 'rate', title: t('incubation.fields.graduationRate'), value: texts.graduationRate },
            { key: 'months', title: t('incubation.fields.medianMonths'), value: texts.months },
          ].map((item) => (
            <Col key={item.key} xs={12} md={8} xl={4}>
              <Card size="small">
                <Statistic title={item.title} value={item.value} />
              </Card>
            </Col>
          ))}
        </Row>
      )}
      <Card size="small" title={chartTitle}>
        {!hasHistory && <Typography.Text type="secondary">{t('incubation.chartEmpty')}</Typography.Text>}
        {hasHistory && (
          <Chart
            ariaLabel={chartTitle}
            style={{ height: 280 }}
            option={{
              tooltip: { trigger: 'axis' },
              legend: { bottom: 0 },
              grid: { left: 56, right: 56, top: 32, bottom: 48 },
              xAxis: { type: 'category', data: points.map((p) => p.month) },
              yAxis: [
                { type: 'value', name: t('units.sqm') },
                { type: 'value', name: t('incubation.fields.tenants'), minInterval: 1 },
              ],
              series: [
                { type: 'bar', name: t('incubation.fields.floorSqmInUse'), data: points.map((p) => p.floorSqmInUse) },
                {
                  type: 'line',
                  yAxisIndex: 1,
                  name: t('incubation.fields.tenants'),
                  data: points.map((p) => p.tenants),
                },
              ],
            }}
          />
        )}
      </Card>
      {stays.error && <Alert type="error" showIcon message={errorText(stays.error)} />}
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('incubation.staysTitle')}
      </Typography.Title>
      <ResponsiveTable<Stay>
        rowKey="id"
        columns={columns}
        card={card}
        label={t('incubation.staysTitle')}
        dataSource={rows}
        loading={stays.isLoading}
        pagination={false}
        size="middle"
        scroll={{ x: 720 }}
        empty={<Typography.Text type="secondary">{t('incubation.noStays')}</Typography.Text>}
      />
      <EditModal stay={editing} company={editing ? company(editing) : ''} onClose={() => setEditing(null)} />
      <EntryModal open={entering} parkId={id} onClose={() => setEntering(false)} />
      <ExitModal stay={ending?.stay ?? null} kind={ending?.kind ?? 'GRADUATE'} onClose={() => setEnding(null)} />
    </Space>
  );
};
