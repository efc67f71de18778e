import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ParkKind } from '../../graphql/types';
import { KIND_COLORS } from './kind-colors';

export const ParkKindTag = ({ kind }: { kind: ParkKind }) => {
  const { t } = useTranslation();
  return <Tag color={KIND_COLORS[kind]}>{t(`parks.kinds.${kind}`)}</Tag>;
};
