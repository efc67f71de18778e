import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PolicyKind, PolicyStatus } from './types';

const STATUS_COLORS: Record<PolicyStatus, string> = { DRAFT: 'default', PUBLISHED: 'green', RETIRED: 'volcano' };
const KIND_COLORS: Record<PolicyKind, string> = {
  SUBSIDY: 'gold',
  TAX: 'blue',
  TALENT: 'purple',
  LAND: 'green',
  RENT: 'cyan',
  FINANCE: 'magenta',
  OTHER: 'default',
};

export const PolicyStatusTag = ({ status }: { status: PolicyStatus }) => {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`policies.statuses.${status}`)}</Tag>;
};

export const PolicyKindTag = ({ kind }: { kind: PolicyKind }) => {
  const { t } = useTranslation();
  return <Tag color={KIND_COLORS[kind]}>{t(`policies.kinds.${kind}`)}</Tag>;
};
