import { List } from '@refinedev/antd';
import { useCan } from '@refinedev/core';
import { Alert, Card, Checkbox, Col, Flex, Row, Segmented, Skeleton, Space, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { SampleTag } from '../../components/sample-tag';
import { useFormat } from '../../format/use-format';
import type { ParkSummary } from '../../graphql/types';
import { useGqlQuery } from '../../providers/use-gql';
import { PARKS_QUERY } from '../parks/queries';
import { LeafletMap, type MapLabels, type MapPlot } from './leaflet-map';
import { COLOUR_MODES, legendEntries, parkColour, type ColourMode } from './park-map-style';
import { MAP_IDLE_PLOTS_QUERY, PLAN_MAP_QUERY } from './queries';

type MapView = 'district' | 'all';

/** Overlays of the plan's spatial frame. */
const FRAMES = ['THREE_AXES_THREE_ZONES', 'TWO_AXES_SIX_PRECINCTS'] as const;
/** The idle plots overlay (腾笼换鸟), for staff: plots idle or under recovery. */
const IDLE_LAND = 'IDLE_LAND';

/** A plot without a location of its own sits at its park's point, a little apart from the others there. */
const AT_PARK_STEP = 0.004;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const Swatch = ({ colour }: { colour: string }) => (
  <span
    aria-hidden
    style={{ display: 'inline-block', width: 12, height: 12, borderRadius: 2, background: colour, flex: 'none' }}
  />
);

/** 园区地图: park outlines on a map (Leaflet), coloured by kind, free space or cluster, with the plan's axes. */
export const ParksMapList = () => {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const parksQuery = useGqlQuery(PARKS_QUERY, {}, { resource: 'parks' });
  const planQuery = useGqlQuery(PLAN_MAP_QUERY, {}, { resource: 'parks' });
  // the offshore incubators (深圳, 大连) are carriers of the district but far outside its map
  const parks = useMemo(
    () => (parksQuery.data?.parks ?? []).filter((park) => !park.outsideDistrict),
    [parksQuery.data],
  );
  const plan = planQuery.data?.planMap;
  const [view, setView] = useState<MapView>('district');
  const [mode, setMode] = useState<ColourMode>('kind');
  const staff = useCan({ resource: 'land', action: 'list' }).data?.can ?? false;
  const plotsQuery = useGqlQuery(MAP_IDLE_PLOTS_QUERY, {}, { resource: 'land', enabled: staff });
  const [frames, setFrames] = useState<string[]>([...FRAMES, IDLE_LAND]);
  const frameSet = useMemo(() => new Set(frames), [frames]);
  const layers = staff ? [...FRAMES, IDLE_LAND] : FRAMES;
  const plotRows = useMemo(() => plotsQuery.data?.landPlots.edges.map((edge) => edge.node) ?? [], [plotsQuery.data]);
  const plots: MapPlot[] = useMemo(() => {
    const atPark = new Map<string, number>();
    return plotRows.map((row) => {
      if (row.location) return { id: row.id, code: row.code, ...row.location, atPark: false };
      const index = atPark.get(row.park.id) ?? 0;
      atPark.set(row.park.id, index + 1);
      return {
        id: row.id,
        code: row.code,
        lng: row.park.lng + (index + 1) * AT_PARK_STEP,
        lat: row.park.lat,
        atPark: true,
      };
    });
  }, [plotRows]);
  const shownPlots = useMemo(() => (staff && frameSet.has(IDLE_LAND) ? plots : []), [staff, frameSet, plots]);
  const sampleOutlines = useMemo(
    () => new Set(plan?.parkOutlines.filter((outline) => outline.sample).map((outline) => outline.parkCode)),
    [plan],
  );
  const name = useCallback((park: ParkSummary) => f.pick(park.name, park.nameEn), [f]);
  const legendLabel = useCallback(
    (key: string) =>
      mode === 'kind'
        ? t(`parks.kinds.${key}`)
        : mode === 'free'
          ? t(`parks-map.free.${key}`)
          : key === 'MULTIPLE' || key === 'NONE'
            ? t(`parks-map.cluster.${key}`)
            : t(`parks-map.cluster.industries.${key}`),
    [mode, t],
  );
  const colour = useCallback((park: ParkSummary) => parkColour(park, mode), [mode]);
  const labels: MapLabels = useMemo(
    () => ({
      name: (zh, en) => f.pick(zh, en),
      mapLabel: t('parks-map.titles.list'),
      parkTooltip: (park, sample) =>
        [
          `<strong>${escapeHtml(name(park))}</strong>${sample ? ` · ${escapeHtml(t('parks-map.sampleOutline'))}` : ''}`,
          escapeHtml(t(`parks.kinds.${park.kind}`)),
          `${escapeHtml(t('parks.fields.freeLandMu'))}: ${escapeHtml(f.land(park.freeLandMu))}`,
          `${escapeHtml(t('parks.fields.freeFloorSqm'))}: ${escapeHtml(f.floor(park.freeFloorSqm))}`,
        ].join('<br/>'),
      plotPopup: (plot) => {
        const row = plotRows.find((candidate) => candidate.id === plot.id);
        if (!row) return '';
        return [
          `<strong>${escapeHtml(t('parks-map.plot.title', { code: row.code }))}</strong>${
            row.sample ? ` · ${escapeHtml(t('land.sample'))}` : ''
          }`,
          `${escapeHtml(t('parks-map.plot.park'))}: ${escapeHtml(f.pick(row.park.name, row.park.nameEn))}`,
          `${escapeHtml(t('parks-map.plot.area'))}: ${escapeHtml(f.land(row.areaMu))}`,
          `${escapeHtml(t('parks-map.plot.status'))}: ${escapeHtml(t(`land.statuses.${row.status}`))}`,
          ...(plot.atPark ? [`<em>${escapeHtml(t('parks-map.plot.atPark'))}</em>`] : []),
          `<a href="/land?parkId=${encodeURIComponent(row.park.id)}">${escapeHtml(t('parks-map.plot.open'))}</a>`,
        ].join('<br/>');
      },
    }),
    [f, name, t, plotRows],
  );
  const openPark = useCallback((park: ParkSummary) => void navigate(`/parks/${park.id}`), [navigate]);
  const error = parksQuery.error ?? planQuery.error ?? plotsQuery.error;
  const legend = legendEntries(parks, mode);
  return (
    <List>
      <Typography.Paragraph type="secondary">{t('parks-map.intro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon message={t('pages.error.loadFailed')} description={error.message} />}
      {parksQuery.isLoading || planQuery.isLoading || !plan ? (
        <Skeleton active />
      ) : (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          {!plan.tiles && <Alert type="info" showIcon message={t('parks-map.offline')} />}
          <Card size="small">
            <Flex wrap gap={16} align="center">
              <Space wrap>
                <Typography.Text id="parks-map-colour">{t('parks-map.colour.label')}</Typography.Text>
                <Segmented<ColourMode>
                  aria-labelledby="parks-map-colour"
                  value={mode}
                  onChange={setMode}
                  options={COLOUR_MODES.map((value) => ({ value, label: t(`parks-map.colour.${value}`) }))}
                />
              </Space>
              <Space wrap>
                <Typography.Text id="parks-map-view">{t('parks-map.view.label')}</Typography.Text>
                <Segmented<MapView>
                  aria-labelledby="parks-map-view"
                  value={view}
                  onChange={setView}
                  options={[
                    { value: 'district', label: t('parks-map.view.district') },
                    { value: 'all', label: t('parks-map.view.all') },
                  ]}
                />
              </Space>
              <Checkbox.Group
                aria-label={t('parks-map.layers.label')}
                value={frames}
                onChange={(next) => setFrames(next as string[])}
                options={layers.map((value) => ({ value, label: t(`parks-map.layers.${value}`) }))}
              />
            </Flex>
          </Card>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={16}>
              <Card size="small" styles={{ body: { padding: 0 } }}>
                <LeafletMap
                  plan={plan}
                  parks={parks}
                  colour={colour}
                  frames={frameSet}
                  plots={shownPlots}
                  view={view}
                  labels={labels}
                  onOpenPark={openPark}
                />
              </Card>
              <section aria-label={t('parks-map.legend.title')}>
                <Flex wrap gap={12} style={{ marginTop: 8 }}>
                  {legend.map((entry) => (
                    <Space key={entry.key} size={4}>
                      <Swatch colour={entry.colour} />
                      <Typography.Text>{legendLabel(entry.key)}</Typography.Text>
                    </Space>
                  ))}
                  <Typography.Text type="secondary">{t('parks-map.legend.dashed')}</Typography.Text>
                  {FRAMES.some((frame) => frameSet.has(frame)) && (
                    <Typography.Text type="secondary">{t('parks-map.legend.axes')}</Typography.Text>
                  )}
                  {shownPlots.length > 0 && (
                    <Typography.Text type="secondary">{t('parks-map.legend.plots')}</Typography.Text>
                  )}
                </Flex>
              </section>
            </Col>
            <Col xs={24} lg={8}>
              <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('parks-map.list')}</h2>}>
                <ul style={{ listStyle: 'none', padding: 0, margin: 0, maxHeight: 560, overflowY: 'auto' }}>
                  {parks.map((park) => (
                    <li key={park.id} style={{ padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}>
                      <Flex gap={8} align="center" wrap>
                        <Swatch colour={colour(park)} />
                        <Link to={`/parks/${park.id}`}>{name(park)}</Link>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {legendLabel(legendEntries([park], mode)[0]?.key ?? park.kind)}
                        </Typography.Text>
                        {sampleOutlines.has(park.code) && <SampleTag />}
                      </Flex>
                    </li>
                  ))}
                </ul>
              </Card>
            </Col>
          </Row>
        </Space>
      )}
    </List>
  );
};
