import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RequestStatus } from '../../gql/graphql';
import { STATUS_COLORS } from './request-model';

export const RequestStatusTag = ({ status }: { status: RequestStatus }) => {
  const { t } = useTranslation();
  const { color, text } = STATUS_COLORS[status];
  return (
    <Tag color={color} style={text ? { color: text } : undefined}>
      {t(`requests.statuses.${status}`)}
    </Tag>
  );
};

/** Marks a request unanswered past its deadline (text, not only colour). */
export const OverdueTag = () => {
  const { t } = useTranslation();
  return <Tag color="red">{t('requests.overdue')}</Tag>;
};
