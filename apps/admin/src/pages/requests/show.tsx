import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorText } from '../../providers/api-error';
import { useGqlQuery } from '../../providers/use-gql';
import { Conversation } from './conversation';
import { MessageBox } from './message-box';
import { REQUEST_QUERY } from './queries';
import { RequestFacts } from './request-facts';
import { requestActions } from './request-model';
import { StaffActions } from './staff-actions';

/** Staff: one request with its enterprise, the whole conversation (notes included) and what to do next. */
export const RequestShow = () => {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, isLoading, error } = useGqlQuery(REQUEST_QUERY, { id }, { resource: 'requests' });
  const request = data?.request;
  const can = request ? requestActions(request.status, true) : null;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%', maxWidth: 960 }}>
      <Link to="/requests">
        <ArrowLeftOutlined /> {t('requests.back')}
      </Link>
      {error && <Alert type="error" showIcon message={errorText(error)} />}
      {isLoading && <Spin />}
      {request && can && (
        <>
          <Typography.Title level={3} style={{ margin: 0, overflowWrap: 'anywhere' }}>
            {request.subject}
          </Typography.Title>
          <StaffActions request={request} />
          <RequestFacts request={request} staff />
          <Conversation
            body={request.body}
            filedAt={request.createdAt}
            messages={request.messages}
            ownSide="bureau"
            attachments={request.attachments}
            removable={can.resolve}
          />
          <Card size="small" title={can.reply ? t('requests.replyTitle') : t('requests.noteOnlyTitle')}>
            <MessageBox requestId={request.id} label={t('requests.replyLabel')} canReply={can.reply} canNote />
          </Card>
        </>
      )}
    </Space>
  );
};
