import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { useFormat } from '../../format/use-format';
import { errorText } from '../../providers/api-error';
import { useGqlQuery } from '../../providers/use-gql';
import { MUTED } from '../applications/text-colors';
import { FileRequestForm } from './file-request-form';
import { REQUESTS_QUERY } from './queries';
import { PhoneSpace } from './phone-space';
import { OverdueTag, RequestStatusTag } from './request-status-tag';

/** The newest requests an enterprise sees on its page; older ones are rare enough not to page. */
const PAGE = 100;

/** 我的诉求: the enterprise's own requests as cards (a phone's width), and the form to file one. */
export const MyRequests = () => {
  const { t } = useTranslation();
  const f = useFormat();
  const [filing, setFiling] = useState(false);
  const { data, isLoading, error } = useGqlQuery(REQUESTS_QUERY, { first: PAGE }, { resource: 'requests' });
  const requests = data?.requests.edges.map((edge) => edge.node) ?? [];
  return (
    <PhoneSpace>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('my-requests.titles.list')}
        </Typography.Title>
        {!filing && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setFiling(true)}>
            {t('requests.actions.newRequest')}
          </Button>
        )}
      </Flex>
      <Typography.Paragraph style={{ ...MUTED, margin: 0 }}>{t('my-requests.intro')}</Typography.Paragraph>
      {filing && <FileRequestForm onCancel={() => setFiling(false)} />}
      {error && <Alert type="error" showIcon message={errorText(error)} />}
      {isLoading ? (
        <Spin />
      ) : requests.length === 0 ? (
        <EmptyState
          title={t('my-requests.empty')}
          hint={t('my-requests.emptyHint')}
          action={
            !filing && (
              <Button icon={<PlusOutlined />} onClick={() => setFiling(true)}>
                {t('requests.actions.newRequest')}
              </Button>
            )
          }
        />
      ) : (
        <ul aria-label={t('my-requests.titles.list')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {requests.map((request) => (
            <li key={request.id} style={{ marginBottom: 8 }}>
              <Card size="small">
                <Flex justify="space-between" align="start" gap={8}>
                  <Link to={`/my-requests/${request.id}`} style={{ fontWeight: 500, overflowWrap: 'anywhere' }}>
                    {request.subject}
                  </Link>
                  <RequestStatusTag status={request.status} />
                </Flex>
                <Typography.Text style={{ ...MUTED, display: 'block', marginTop: 4 }}>
                  {t(`requests.kinds.${request.kind}`)} · {t('requests.fields.createdAt')} {f.date(request.createdAt)}
                </Typography.Text>
                <Typography.Text style={{ ...MUTED, display: 'block' }}>
                  {t('requests.fields.responseDueAt')} {f.date(request.responseDueAt)}{' '}
                  {request.overdue && <OverdueTag />}
                </Typography.Text>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </PhoneSpace>
  );
};
