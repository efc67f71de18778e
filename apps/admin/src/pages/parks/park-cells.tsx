import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SampleTag } from '../../components/sample-tag';
import { SpaceProgress } from '../../components/space-progress';
import type { ParkSummary } from '../../graphql/types';
import { useIndustryNames } from '../industries/use-industry-names';
import { isSampleField } from './sample-fields';

/** A park's free land or floor space as a bar (marked 示例 where the figure is a sample). */
export const ParkSpaceBar = ({ park, unit }: { park: ParkSummary; unit: 'mu' | 'sqm' }) =>
  unit === 'mu' ? (
    <SpaceProgress
      unit="mu"
      free={park.freeLandMu}
      total={park.totalLandMu}
      extra={isSampleField(park.sampleFields, 'freeLandMu') && <SampleTag />}
    />
  ) : (
    <SpaceProgress
      unit="sqm"
      free={park.freeFloorSqm}
      total={park.totalFloorSqm}
      extra={isSampleField(park.sampleFields, 'freeFloorSqm') && <SampleTag />}
    />
  );

/** The industries a park hosts as tags, or that it takes any. */
export const ParkIndustries = ({ codes }: { codes: readonly string[] }) => {
  const { t } = useTranslation();
  const industryName = useIndustryNames();
  if (codes.length === 0) return <Typography.Text type="secondary">{t('parks.anyIndustry')}</Typography.Text>;
  return (
    <Flex wrap gap={4}>
      {codes.map((code) => (
        <Tag key={code} style={{ marginInlineEnd: 0 }}>
          {industryName(code)}
        </Tag>
      ))}
    </Flex>
  );
};
