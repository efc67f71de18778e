import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus } from '../../gql/graphql';

export const STATUS_COLORS: Record<ApplicationStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'blue',
  SCREENING: 'cyan',
  RECOMMENDED: 'geekblue',
  UNDER_REVIEW: 'gold',
  RETURNED: 'magenta',
  APPROVED: 'green',
  REJECTED: 'red',
  MOVED_IN: 'success',
  WITHDRAWN: 'default',
};

export const ApplicationStatusTag = ({ status }: { status: ApplicationStatus }) => {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`applications.statuses.${status}`)}</Tag>;
};
