import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';

export interface ParkSpace {
  id: string;
  name: string;
  nameEn: string;
  freeLandMu: number;
  freeFloorSqm: number;
}

/** A park as a choice: its name, its free land and floor space, and whether the request fits. */
export const ApplicationParkOption = ({
  park,
  fits,
  preferred,
  verdict,
}: {
  park: ParkSpace;
  fits: boolean;
  preferred?: boolean;
  /** The park ranking's word on it: its score, or that it fails a constraint. */
  verdict?: string;
}) => {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Space size={8} wrap style={{ width: '100%', justifyContent: 'space-between' }}>
      <span>
        {f.pick(park.name, park.nameEn)}
        {preferred && (
          <Tag color="blue" bordered={false} style={{ marginInlineStart: 6 }}>
            {t('applications.decide.preferred')}
          </Tag>
        )}
      </span>
      <Typography.Text type={fits ? 'secondary' : 'danger'} style={{ fontSize: 12 }}>
        {t('applications.decide.free', { land: f.land(park.freeLandMu), floor: f.floor(park.freeFloorSqm) })}
        {!fits && ` · ${t('applications.decide.insufficient')}`}
        {verdict}
      </Typography.Text>
    </Space>
  );
};

/** The text of that choice, for search and for the selected value. */
export const parkOptionText = (
  park: ParkSpace,
  f: ReturnType<typeof useFormat>,
  t: (key: string, values?: Record<string, unknown>) => string,
): string =>
  `${f.pick(park.name, park.nameEn)} (${t('applications.decide.free', { land: f.land(park.freeLandMu), floor: f.floor(park.freeFloorSqm) })})`;
