import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Select, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ExportButton } from '../../components/export-button';
import { ResponsiveTable } from '../../components/responsive-table';
import { useFormat } from '../../format/use-format';
import type { DisposalRoute, LandPlotFilter, LandPlotsQuery, LandPlotStatus } from '../../gql/graphql';
import { errorText } from '../../providers/api-error';
import { useGqlQuery } from '../../providers/use-gql';
import { IdleLandSection } from './idle-land-section';
import { DISPOSAL_ROUTES, LAND_STATUSES, NEXT_STATUSES, STATUS_COLORS, landFilterFromSearch } from './land-model';
import { LandMoveModal, type MovingPlot } from './land-move-modal';
import { LandRecordModal, type EditedPlot } from './land-record-modal';
import { LAND_PARKS_QUERY, LAND_PLOTS_QUERY } from './queries';

type Row = LandPlotsQuery['landPlots']['edges'][number]['node'];

const PAGE = 20;

/** 闲置用地 (腾笼换鸟): plots by park, status and route; each step of a plot; idle land per park over time. */
export const LandList = () => {
  const { t } = useTranslation();
  const f = useFormat();
  // a link may open the list filtered (the plan dashboard: ?recovered=true&sample=false; the map: ?parkId=)
  const [search, setSearch] = useSearchParams();
  const fromUrl = landFilterFromSearch(search);
  const [parkId, setParkId] = useState<string | undefined>(fromUrl.parkId);
  const [status, setStatus] = useState<LandPlotStatus | undefined>(fromUrl.status);
  const [routeFilter, setRoute] = useState<DisposalRoute | undefined>(fromUrl.disposalRoute);
  const [recovered, setRecovered] = useState<boolean | undefined>(fromUrl.recovered);
  const [sample, setSample] = useState<boolean | undefined>(fromUrl.sample);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [recording, setRecording] = useState(false);
  const [editing, setEditing] = useState<EditedPlot | null>(null);
  const [moving, setMoving] = useState<{ plot: MovingPlot; to: LandPlotStatus } | null>(null);
  const filter: LandPlotFilter = {
    ...(parkId ? { parkId } : {}),
    ...(status ? { status } : {}),
    ...(routeFilter ? { disposalRoute: routeFilter } : {}),
    ...(recovered !== undefined ? { recovered } : {}),
    ...(sample !== undefined ? { sample } : {}),
  };
  const { data, isLoading, error } = useGqlQuery(
    LAND_PLOTS_QUERY,
    { filter, first: PAGE, after: cursors.at(-1) ?? null },
    { resource: 'land' },
  );
  const parks = useGqlQuery(LAND_PARKS_QUERY, {}, { resource: 'parks' });
  const refilter = (apply: () => void) => {
    apply();
    setCursors([null]);
  };
  const connection = data?.landPlots;
  const date = (day: string | null | undefined) => day ?? t('common.none');
  const clearLinkFilter = () =>
    refilter(() => {
      setRecovered(undefined);
      setSample(undefined);
      setSearch({}, { replace: true });
    });
  const statusTag = (row: Row) => <Tag color={STATUS_COLORS[row.status]}>{t(`land.statuses.${row.status}`)}</Tag>;
  const sampleTag = (row: Row) => (row.sample ? <Tag>{t('land.sample')}</Tag> : null);
  const holder = (row: Row) => row.holderEnterprise?.name ?? row.holderName ?? t('common.none');
  const route = (row: Row) => (row.disposalRoute ? t(`land.routes.${row.disposalRoute}`) : t('common.none'));
  const steps = (row: Row, direction: 'vertical' | 'horizontal') => (
    <Space direction={direction} size={4} wrap>
      <Button size="small" type="link" onClick={() => setEditing(row)} aria-label={`${t('land.edit')} ${row.code}`}>
        {t('land.edit')}
      </Button>
      {NEXT_STATUSES[row.status].map((to) => (
        <Button key={to} size="small" onClick={() => setMoving({ plot: row, to })}>
          {t(`land.actions.${to}`)}
        </Button>
      ))}
    </Space>
  );
  const card = (row: Row) => (
    <Card
      size="small"
      title={
        <Space size={4}>
          {row.code}
          {sampleTag(row)}
        </Space>
      }
      extra={statusTag(row)}
    >
      <Space direction="vertical" size={4} style={{ width: '100%' }}>
        <span>
          {f.pick(row.park.name, row.park.nameEn)} · {f.land(row.areaMu)}
        </span>
        <span>
          {t('land.fields.holder')}：{holder(row)}
        </span>
        <span>
          {t('land.fields.disposalRoute')}：{route(row)}
        </span>
        {steps(row, 'horizontal')}
      </Space>
    </Card>
  );
  const columns: TableColumnsType<Row> = [
    {
      key: 'code',
      title: t('land.fields.code'),
      render: (_, row) => (
        <Space size={4} wrap>
          <Typography.Text strong>{row.code}</Typography.Text>
          {sampleTag(row)}
        </Space>
      ),
    },
    { key: 'park', title: t('land.fields.park'), render: (_, row) => f.pick(row.park.name, row.park.nameEn) },
    { key: 'area', title: t('land.fields.areaMu'), align: 'right', width: 110, render: (_, row) => f.land(row.areaMu) },
    {
      key: 'holder',
      title: t('land.fields.holder'),
      render: (_, row) => holder(row),
    },
    {
      key: 'status',
      title: t('land.fields.status'),
      width: 110,
      render: (_, row) => statusTag(row),
    },
    {
      key: 'route',
      title: t('land.fields.disposalRoute'),
      width: 110,
      render: (_, row) => route(row),
    },
    { key: 'idleSince', title: t('land.fields.idleSince'), width: 120, render: (_, row) => date(row.idleSince) },
    {
      key: 'dates',
      title: t('land.fields.progress'),
      width: 200,
      render: (_, row) => (
        <Space direction="vertical" size={0}>
          {row.recoveryStartedOn && <span>{t('land.dates.recoveryStartedOn', { date: row.recoveryStartedOn })}</span>}
          {row.recoveredOn && <span>{t('land.dates.recoveredOn', { date: row.recoveredOn })}</span>}
          {row.reassignedOn && <span>{t('land.dates.reassignedOn', { date: row.reassignedOn })}</span>}
        </Space>
      ),
    },
    {
      key: 'actions',
      title: t('land.fields.actions'),
      width: 150,
      render: (_, row) => steps(row, 'vertical'),
    },
  ];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('land.title')}
        </Typography.Title>
        <Space wrap>
          <ExportButton list="land-plots" filter={filter} />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
            {t('land.record')}
          </Button>
        </Space>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('land.intro')}
      </Typography.Paragraph>
      <Flex wrap gap={16} align="center">
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          aria-label={t('land.fields.park')}
          style={{ width: 200 }}
          placeholder={t('land.filters.parkAll')}
          value={parkId}
          onChange={(value?: string) => refilter(() => setParkId(value))}
          options={parks.data?.parks.map((p) => ({ value: p.id, label: f.pick(p.name, p.nameEn) }))}
        />
        <Select
          allowClear
          aria-label={t('land.fields.status')}
          style={{ width: 160 }}
          placeholder={t('land.filters.statusAll')}
          value={status}
          onChange={(value?: LandPlotStatus) => refilter(() => setStatus(value))}
          options={LAND_STATUSES.map((value) => ({ value, label: t(`land.statuses.${value}`) }))}
        />
        <Select
          allowClear
          aria-label={t('land.fields.disposalRoute')}
          style={{ width: 160 }}
          placeholder={t('land.filters.routeAll')}
          value={routeFilter}
          onChange={(value?: DisposalRoute) => refilter(() => setRoute(value))}
          options={DISPOSAL_ROUTES.map((value) => ({ value, label: t(`land.routes.${value}`) }))}
        />
        {(recovered !== undefined || sample !== undefined) && (
          <Space size={4} data-testid="land-link-filter">
            <Tag color="geekblue">
              {[
                ...(recovered ? [t('land.filters.recovered')] : []),
                ...(sample === false ? [t('land.filters.sampleOnlyReal')] : []),
              ].join(' · ')}
            </Tag>
            <Button size="small" type="link" onClick={clearLinkFilter}>
              {t('land.filters.clear')}
            </Button>
          </Space>
        )}
      </Flex>
      {error && <Alert type="error" showIcon message={errorText(error)} />}
      <ResponsiveTable<Row>
        rowKey="id"
        columns={columns}
        card={card}
        label={t('land.title')}
        dataSource={connection?.edges.map((edge) => edge.node) ?? []}
        loading={isLoading}
        pagination={false}
        size="middle"
        scroll={{ x: 1200 }}
        empty={<Typography.Text type="secondary">{t('land.empty')}</Typography.Text>}
      />
      <Flex gap={8} align="center" wrap>
        <Button disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>
          {t('land.pager.prev')}
        </Button>
        <Button
          disabled={!connection?.pageInfo.hasNextPage}
          onClick={() => setCursors([...cursors, connection?.pageInfo.endCursor ?? null])}
        >
          {t('land.pager.next')}
        </Button>
        <span>{t('land.pager.total', { count: connection?.totalCount ?? 0 })}</span>
      </Flex>
      <IdleLandSection />
      <LandRecordModal open={recording} onClose={() => setRecording(false)} />
      <LandRecordModal key={editing?.id} open={!!editing} plot={editing} onClose={() => setEditing(null)} />
      <LandMoveModal plot={moving?.plot ?? null} to={moving?.to ?? null} onClose={() => setMoving(null)} />
    </Space>
  );
};
