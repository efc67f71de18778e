import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ParkLevel } from '../../gql/graphql';
import { LEVEL_COLORS } from './ladder-model';

/** 国家级 / 自治区级 / 市级 / 区级, white on a dark fill (AA contrast). */
export const LevelTag = ({ level }: { level: ParkLevel }) => {
  const { t } = useTranslation();
  return (
    <Tag color={LEVEL_COLORS[level]} bordered={false}>
      {t(`parks.levels.${level}`)}
    </Tag>
  );
};
