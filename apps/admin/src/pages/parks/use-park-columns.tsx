import { ShowButton } from '@refinedev/antd';
import { Grid, Space, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SampleTag } from '../../components/sample-tag';
import { useFormat } from '../../format/use-format';
import type { ParkSummary } from '../../graphql/types';
import { ParkIndustries, ParkSpaceBar } from './park-cells';
import { ParkKindTag } from './park-kind-tag';
import { isSampleField } from './sample-fields';

export const useParkColumns = (): TableColumnsType<ParkSummary> => {
  const { t } = useTranslation();
  const f = useFormat();
  // Below xl (a tablet) the row keeps what fits beside the space bars: the kind moves under the
  // name, and level, parent and industries wait on the park's page.
  const wide = Grid.useBreakpoint().xl ?? true;
  return [
    {
      key: 'name',
      title: t('parks.fields.name'),
      width: 200,
      render: (_, park) => (
        <Space direction="vertical" size={0}>
          <Link to={`/parks/${park.id}`}>{f.pick(park.name, park.nameEn)}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {park.code}
          </Typography.Text>
          {!wide && <ParkKindTag kind={park.kind} />}
        </Space>
      ),
    },
    {
      key: 'kind',
      title: t('parks.fields.kind'),
      width: 110,
      responsive: ['xl'],
      render: (_, park) => <ParkKindTag kind={park.kind} />,
    },
    {
      key: 'level',
      title: t('parks.fields.level'),
      width: 80,
      responsive: ['xl'],
      render: (_, park) => t(`parks.levels.${park.level}`),
    },
    {
      key: 'parent',
      title: t('parks.fields.parent'),
      width: 150,
      responsive: ['xl'],
      render: (_, park) =>
        park.parent ? (
          <Link to={`/parks/${park.parent.id}`}>{f.pick(park.parent.name, park.parent.nameEn)}</Link>
        ) : (
          t('common.none')
        ),
    },
    {
      key: 'freeLandMu',
      title: t('parks.fields.freeLandMu'),
      width: 120,
      render: (_, park) => (
        <Space size={4} wrap>
          {f.land(park.freeLandMu)}
          {isSampleField(park.sampleFields, 'freeLandMu') && <SampleTag />}
        </Space>
      ),
    },
    {
      key: 'freeFloor',
      title: t('parks.fields.freeFloor'),
      width: 210,
      render: (_, park) => <ParkSpaceBar park={park} unit="sqm" />,
    },
    {
      key: 'targetIndustries',
      title: t('parks.fields.targetIndustries'),
      responsive: ['xl'],
      render: (_, park) => <ParkIndustries codes={park.targetIndustries} />,
    },
    {
      key: 'actions',
      title: t('parks.fields.actions'),
      width: 90,
      fixed: 'right',
      render: (_, park) => <ShowButton size="small" resource="parks" recordItemId={park.id} />,
    },
  ];
};
