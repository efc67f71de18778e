import { CheckCircleOutlined, CloseCircleOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type OutcomeValue = 'ELIGIBLE' | 'INELIGIBLE' | 'NEEDS_INFO';

const LOOK: Record<OutcomeValue, { color: string; icon: ReactNode }> = {
  ELIGIBLE: { color: 'success', icon: <CheckCircleOutlined /> },
  INELIGIBLE: { color: 'error', icon: <CloseCircleOutlined /> },
  NEEDS_INFO: { color: 'warning', icon: <QuestionCircleOutlined /> },
};

/** 符合 / 不符合 / 待补充信息. */
export const OutcomeTag = ({ outcome }: { outcome: OutcomeValue }) => {
  const { t } = useTranslation();
  return (
    <Tag color={LOOK[outcome].color} icon={LOOK[outcome].icon}>
      {t(`policies.outcomes.${outcome}`)}
    </Tag>
  );
};
