import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorText } from '../../providers/api-error';
import { useGqlQuery } from '../../providers/use-gql';
import { Conversation } from './conversation';
import { MessageBox } from './message-box';
import { REQUEST_QUERY } from './queries';
import { PhoneSpace } from './phone-space';
import { RatingForm } from './rating-form';
import { RequestFacts } from './request-facts';
import { requestActions } from './request-model';

/** An enterprise's own request: the bureau's answers, a follow-up box and, once resolved, its mark. */
export const MyRequestShow = () => {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, isLoading, error } = useGqlQuery(REQUEST_QUERY, { id }, { resource: 'requests' });
  const request = data?.request;
  const can = request ? requestActions(request.status, false) : null;
  return (
    <PhoneSpace>
      <Link to="/my-requests">
        <ArrowLeftOutlined /> {t('my-requests.back')}
      </Link>
      {error && <Alert type="error" showIcon message={errorText(error)} />}
      {isLoading && <Spin />}
      {request && can && (
        <>
          <Typography.Title level={3} style={{ margin: 0, overflowWrap: 'anywhere' }}>
            {request.subject}
          </Typography.Title>
          <RequestFacts request={request} staff={false} />
          <Conversation
            body={request.body}
            filedAt={request.createdAt}
            messages={request.messages}
            ownSide="enterprise"
            attachments={request.attachments}
            removable={request.status === 'OPEN' || request.status === 'ANSWERED'}
          />
          {can.rate && <RatingForm requestId={request.id} version={request.version} />}
          {can.followUp && (
            <Card size="small" title={can.rate ? t('my-requests.reopenTitle') : t('my-requests.followUpTitle')}>
              <MessageBox requestId={request.id} label={t('my-requests.followUpLabel')} canReply />
            </Card>
          )}
        </>
      )}
    </PhoneSpace>
  );
};
