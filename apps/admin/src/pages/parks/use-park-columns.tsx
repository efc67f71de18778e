import { ShowButton } from '@refinedev/antd';
import { Space, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SampleTag } from '../../components/sample-tag';
import { useFormat } from '../../format/use-format';
import type { ParkSummary } from '../../graphql/types';
import { useIndustryNames } from '../industries/use-industry-names';
import { FreeFloorProgress } from './free-floor-progress';
import { ParkKindTag } from './park-kind-tag';
import { isSampleField } from './sample-fields';

export const useParkColumns = (): TableColumnsType<ParkSummary> => {
  const { t } = useTranslation();
  const f = useFormat();
  const industryName = useIndustryNames();
  return [
    {
      key: 'name',
      title: t('parks.fields.name'),
      render: (_, park) => (
        <Space direction="vertical" size={0}>
          <Link to={`/parks/${park.id}`}>{f.pick(park.name, park.nameEn)}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {park.code}
          </Typography.Text>
        </Space>
      ),
    },
    { key: 'kind', title: t('parks.fields.kind'), render: (_, park) => <ParkKindTag kind={park.kind} /> },
    { key: 'level', title: t('parks.fields.level'), render: (_, park) => t(`parks.levels.${park.level}`) },
    {
      key: 'parent',
      title: t('parks.fields.parent'),
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
      align: 'right',
      render: (_, park) => (
        <Space size={4}>
          {f.land(park.freeLandMu)}
          {isSampleField(park.sampleFields, 'freeLandMu') && <SampleTag />}
        </Space>
      ),
    },
    {
      key: 'freeFloor',
      title: t('parks.fields.freeFloor'),
      render: (_, park) => (
        <Space size={4} align="start">
          <FreeFloorProgress free={park.freeFloorSqm} total={park.totalFloorSqm} />
          {isSampleField(park.sampleFields, 'freeFloorSqm') && <SampleTag />}
        </Space>
      ),
    },
    {
      key: 'targetIndustries',
      title: t('parks.fields.targetIndustries'),
      render: (_, park) =>
        park.targetIndustries.length === 0 ? (
          <Typography.Text type="secondary">{t('parks.anyIndustry')}</Typography.Text>
        ) : (
          <Space size={[0, 4]} wrap>
            {park.targetIndustries.map((code) => (
              <Tag key={code}>{industryName(code)}</Tag>
            ))}
          </Space>
        ),
    },
    {
      key: 'actions',
      title: t('parks.fields.actions'),
      fixed: 'right',
      render: (_, park) => <ShowButton size="small" resource="parks" recordItemId={park.id} />,
    },
  ];
};
