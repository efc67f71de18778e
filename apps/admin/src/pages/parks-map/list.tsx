import { List } from '@refinedev/antd';
import { useList } from '@refinedev/core';
import { Alert, Card, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Chart } from '../../components/chart';
import { useFormat } from '../../format/use-format';
import type { ParkSummary } from '../../graphql/types';
import { PARKS_QUERY } from '../parks/queries';
import { parkScatterOption } from './park-scatter-option';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

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
  const name = (park: ParkSummary) => f.pick(park.name, park.nameEn);
  const option = parkScatterOption(result.data, {
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
  });
  return (
    <List>
      <Typography.Paragraph type="secondary">{t('parks-map.intro')}</Typography.Paragraph>
      {query.isError && <Alert type="error" showIcon message={t('pages.error.loadFailed')} description={query.error.message} />}
      {query.isLoading ? (
        <Skeleton active />
      ) : (
        <Card>
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
