import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LeadStage } from '../../gql/graphql';
import { STAGE_COLORS } from './stages';

export const LeadStageTag = ({ stage }: { stage: LeadStage }) => {
  const { t } = useTranslation();
  return <Tag color={STAGE_COLORS[stage]}>{t(`leads.stages.${stage}`)}</Tag>;
};
