import { Descriptions, Rate, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import type { RequestQuery } from '../../gql/graphql';
import { OverdueTag, RequestStatusTag } from './request-status-tag';

type Request = RequestQuery['request'];

/** The request's facts, one column on a phone; staff also see the enterprise and the owner. */
export const RequestFacts = ({ request, staff }: { request: Request; staff: boolean }) => {
  const { t } = useTranslation();
  const f = useFormat();
  const none = t('common.none');
  return (
    <Descriptions size="small" bordered column={{ xs: 1, sm: 1, md: 2 }}>
      {staff && (
        <Descriptions.Item label={t('requests.fields.enterprise')}>{request.enterprise.name}</Descriptions.Item>
      )}
      <Descriptions.Item label={t('requests.fields.status')}>
        <Space size={4} wrap>
          <RequestStatusTag status={request.status} />
          {request.overdue && <OverdueTag />}
        </Space>
      </Descriptions.Item>
      <Descriptions.Item label={t('requests.fields.kind')}>{t(`requests.kinds.${request.kind}`)}</Descriptions.Item>
      <Descriptions.Item label={t('requests.fields.createdAt')}>{f.dateTime(request.createdAt)}</Descriptions.Item>
      <Descriptions.Item label={t('requests.fields.responseDueAt')}>{f.date(request.responseDueAt)}</Descriptions.Item>
      <Descriptions.Item label={t('requests.fields.firstAnsweredAt')}>
        {request.firstAnsweredAt ? f.dateTime(request.firstAnsweredAt) : none}
      </Descriptions.Item>
      {staff && (
        <Descriptions.Item label={t('requests.fields.owner')}>
          {request.ownerName ?? t('requests.unassigned')}
        </Descriptions.Item>
      )}
      {request.satisfaction != null && (
        <Descriptions.Item label={t('requests.rating.satisfaction')}>
          <Space size={4} wrap>
            <Rate disabled value={request.satisfaction} aria-hidden />
            <span>{t('requests.rating.score', { score: request.satisfaction })}</span>
            {request.satisfactionNote && <span>· {request.satisfactionNote}</span>}
          </Space>
        </Descriptions.Item>
      )}
    </Descriptions>
  );
};
