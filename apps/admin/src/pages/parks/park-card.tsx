import { EditButton, ShowButton } from '@refinedev/antd';
import { Card, Descriptions, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../format/use-format';
import type { ParkSummary } from '../../graphql/types';
import { ParkIndustries, ParkSpaceBar } from './park-cells';
import { ParkKindTag } from './park-kind-tag';

/**
 * One park in the phone list: its name and kind, where it belongs, free land and floor space as
 * bars, the industries it hosts; its page (and, for admins, its edit button) one tap away.
 */
export const ParkCard = ({ park }: { park: ParkSummary }) => {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Card size="small">
      <Flex vertical gap={6}>
        <Flex justify="space-between" align="start" gap={8}>
          <Flex vertical style={{ minWidth: 0 }}>
            <Link to={`/parks/${park.id}`} style={{ fontWeight: 500, overflowWrap: 'anywhere' }}>
              {f.pick(park.name, park.nameEn)}
            </Link>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {park.code} · {t(`parks.levels.${park.level}`)}
            </Typography.Text>
          </Flex>
          <ParkKindTag kind={park.kind} />
        </Flex>
        <Descriptions
          size="small"
          column={1}
          colon
          items={[
            ...(park.parent
              ? [
                  {
                    key: 'parent',
                    label: t('parks.fields.parent'),
                    children: (
                      <Link to={`/parks/${park.parent.id}`}>{f.pick(park.parent.name, park.parent.nameEn)}</Link>
                    ),
                  },
                ]
              : []),
            {
              key: 'freeLandMu',
              label: t('parks.fields.freeLandMu'),
              children: <ParkSpaceBar park={park} unit="mu" />,
            },
            {
              key: 'freeFloorSqm',
              label: t('parks.fields.freeFloorSqm'),
              children: <ParkSpaceBar park={park} unit="sqm" />,
            },
            {
              key: 'targetIndustries',
              label: t('parks.fields.targetIndustries'),
              children: <ParkIndustries codes={park.targetIndustries} />,
            },
          ]}
        />
        <Space size={4} wrap>
          <ShowButton size="small" resource="parks" recordItemId={park.id} />
          <EditButton size="small" resource="parks" recordItemId={park.id} />
        </Space>
      </Flex>
    </Card>
  );
};
