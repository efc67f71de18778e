import { List } from '@refinedev/antd';
import { useList } from '@refinedev/core';
import { Alert, Card, Segmented, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Chart } from '../../components/chart';
import { useFormat } from '../../format/use-format';
import type { ParkSummary } from '../../graphql/types';
import { PARKS_QUERY } from '../parks/queries';
import { extentOf, parkScatterOption } from './park-scatter-option';

type MapView = 'district' | 'all';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** 园区地图: every park at its approximate coordinates, coloured by kind. */
export const ParksMapList = () => {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const { result, query } = useList<ParkSummary>({
    resource: 'parks',
    meta: { gqlQuery: PARKS_QUERY },
    pagination: { mode: 'off' },
  });
  const [view, setView] = useState<MapView>('district');
  const name = (park: ParkSummary) => f.pick(park.name, park.nameEn);
  // The enclave parks lie far outside the district; the first view shows the district itself.
  const extent = view === 'district' ? extentOf(result.data.filter((park) => park.kind !== 'ENCLAVE_PARK')) : undefined;
  const option = parkScatterOption(
    result.data,
    {
      kind: (kind) => t(`parks.kinds.${kind}`),
      name,
      tooltip: (park) =>
        [
          `<strong>${escapeHtml(name(park))}</strong>`,
          escapeHtml(t(`parks.kinds.${park.kind}`)),
          `${escapeHtml(t('parks.fields.freeLandMu'))}: ${escapeHtml(f.land(park.freeLandMu))}`,
          `${escapeHtml(t('parks.fields.freeFloorSqm'))}: ${escapeHtml(f.floor(park.freeFloorSqm))}`,
        ].join('<br/>'),
      lng: t('parks-map.axis.lng'),
      lat: t('parks-map.axis.lat'),
    },
    extent,
  );
  return (
    <List>
      <Typography.Paragraph type="secondary">{t('parks-map.intro')}</Typography.Paragraph>
      {query.isError && (
        <Alert type="error" showIcon message={t('pages.error.loadFailed')} description={query.error.message} />
      )}
      {query.isLoading ? (
        <Skeleton active />
      ) : (
        <Card
          title={
            <Space>
              <Typography.Text>{t('parks-map.view.label')}</Typography.Text>
              <Segmented<MapView>
                aria-label={t('parks-map.view.label')}
                value={view}
                onChange={setView}
                options={[
                  { value: 'district', label: t('parks-map.view.district') },
                  { value: 'all', label: t('parks-map.view.all') },
                ]}
              />
            </Space>
          }
        >
          <Chart
            option={option}
            ariaLabel={t('parks-map.titles.list')}
            style={{ height: 600 }}
            onEvents={{
              click: (params) => {
                const id = (params as { data?: { park?: ParkSummary } }).data?.park?.id;
                if (id) void navigate(`/parks/${id}`);
              },
            }}
          />
        </Card>
      )}
    </List>
  );
};
