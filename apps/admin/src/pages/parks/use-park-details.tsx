import { Space, Tag, Typography, type DescriptionsProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SampleTag } from '../../components/sample-tag';
import { useFormat } from '../../format/use-format';
import type { Park } from '../../graphql/types';
import { useIndustryNames } from '../industries/use-industry-names';
import { SpaceProgress } from '../../components/space-progress';
import { ParkKindTag } from './park-kind-tag';
import { isSampleField } from './sample-fields';

/** Every field of a park as description items; figures the plan does not give are marked 示例. */
export const useParkDetails = (park: Park | undefined): DescriptionsProps['items'] => {
  const { t } = useTranslation();
  const f = useFormat();
  const industryName = useIndustryNames();
  if (!park) return [];
  const none = <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  const tags = (values: string[], render: (value: string) => string, color?: string, empty: ReactNode = none) =>
    values.length === 0 ? (
      empty
    ) : (
      <Space size={[0, 4]} wrap>
        {values.map((value) => (
          <Tag key={value} color={color}>
            {render(value)}
          </Tag>
        ))}
      </Space>
    );
  const item = (field: string, children: ReactNode, span = 1, sampleField = field) => ({
    key: field,
    label: (
      <Space size={4}>
        {t(`parks.fields.${field}`)}
        {isSampleField(park.sampleFields, sampleField) && <SampleTag />}
      </Space>
    ),
    children,
    span,
  });
  return [
    item('name', park.name),
    item('nameEn', park.nameEn),
    item('code', <Typography.Text code>{park.code}</Typography.Text>),
    item('kind', <ParkKindTag kind={park.kind} />),
    item('level', t(`parks.levels.${park.level}`)),
    item(
      'parent',
      park.parent ? <Link to={`/parks/${park.parent.id}`}>{f.pick(park.parent.name, park.parent.nameEn)}</Link> : none,
    ),
    item('positioning', f.pick(park.positioning, park.positioningEn), 2),
    item('planRef', park.planRef || none),
    item('version', f.number(park.version, 0)),
    item('targetIndustries', tags(park.targetIndustries, industryName, 'blue', t('parks.anyIndustry')), 2),
    item('forbiddenIndustries', tags(park.forbiddenIndustries, industryName, 'red'), 2),
    item('forbidsThreeHigh', park.forbidsThreeHigh ? t('common.yes') : t('common.no')),
    item('maxPollution', t(`parks.pollution.${park.maxPollution}`)),
    item(
      'maxEnergyTce',
      park.maxEnergyTce === null ? t('common.unlimited') : `${f.number(park.maxEnergyTce, 0)} ${t('units.tcePerYear')}`,
    ),
    item(
      'servedTiers',
      tags(park.servedTiers, (tier) => t(`parks.tiers.${tier}`), 'green', t('parks.allTiers')),
    ),
    item('totalLandMu', f.land(park.totalLandMu)),
    item('freeLandMu', f.land(park.freeLandMu)),
    // staff only (null for enterprises): plots idle or under recovery, on the idle land page
    ...(park.idleLandMu === null || park.idleLandMu === undefined
      ? []
      : [item('idleLandMu', <Link to="/land">{f.land(park.idleLandMu)}</Link>)]),
    item('totalFloorSqm', f.floor(park.totalFloorSqm)),
    item('freeFloorSqm', <SpaceProgress unit="sqm" free={park.freeFloorSqm} total={park.totalFloorSqm} />),
    item(
      'infrastructure',
      tags(park.infrastructure, (code) => t(`parks.infrastructureTags.${code}`, { defaultValue: code })),
      2,
    ),
    item('location', `${f.number(park.lng, 4)}, ${f.number(park.lat, 4)}`, 1, 'lng'),
    ...(park.kind === 'ENCLAVE_PARK'
      ? [
          item(
            'enclavePartner',
            park.enclavePartner ? f.pick(park.enclavePartner, park.enclavePartnerEn ?? park.enclavePartner) : none,
          ),
          item(
            'cooperationModels',
            tags(park.cooperationModels, (model) => t(`parks.cooperationModels.${model}`), 'purple'),
          ),
          item(
            'districtTaxSharePercent',
            park.districtTaxSharePercent === null ? (
              <Typography.Text type="secondary">{t('parks.taxShareNotAgreed')}</Typography.Text>
            ) : (
              `${f.number(park.districtTaxSharePercent, 1)} ${t('units.percent')}`
            ),
          ),
        ]
      : []),
    item(
      'children',
      park.children.length === 0 ? (
        none
      ) : (
        <Space direction="vertical" size={4}>
          {park.children.map((child) => (
            <Space key={child.id} size={4}>
              <ParkKindTag kind={child.kind} />
              <Link to={`/parks/${child.id}`}>{f.pick(child.name, child.nameEn)}</Link>
            </Space>
          ))}
        </Space>
      ),
      2,
    ),
  ];
};
