import { LockOutlined } from '@ant-design/icons';
import { Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AttachmentList, type AttachmentView } from '../../attachments/attachment-list';
import { useFormat } from '../../format/use-format';
import type { RequestQuery } from '../../gql/graphql';
import { MUTED, WARN } from '../applications/text-colors';
import { messageSide } from './request-model';

type Message = RequestQuery['request']['messages'][number];

const STYLES = {
  enterprise: { background: '#f5f5f5', borderColor: '#d9d9d9' },
  bureau: { background: '#e6f4ff', borderColor: '#91caff' },
  note: { background: '#fffbe6', borderColor: '#d48806', borderStyle: 'dashed' },
} as const;

/**
 * The request's text and the messages after it, oldest first, each with its files. Internal notes
 * (staff only: the API never sends them, nor their files, to the enterprise) stand out with a dashed
 * amber frame and a 内部备注 tag. `removable`: the uploader may still remove their own files.
 */
export const Conversation = ({
  body,
  filedAt,
  messages,
  ownSide,
  attachments,
  removable,
}: {
  body: string;
  filedAt: string;
  messages: readonly Message[];
  ownSide: 'enterprise' | 'bureau';
  attachments: readonly AttachmentView[];
  removable: boolean;
}) => {
  const { t } = useTranslation();
  const f = useFormat();
  const who = (message: Message) => {
    const side = messageSide(message);
    if (side === 'enterprise') return ownSide === 'enterprise' ? t('requests.you') : t('requests.enterpriseSide');
    return message.authorName ? `${t('requests.bureau')} · ${message.authorName}` : t('requests.bureau');
  };
  return (
    <section aria-labelledby="request-conversation">
      <Typography.Title level={5} id="request-conversation">
        {t('requests.conversation')}
      </Typography.Title>
      <Space direction="vertical" size={8} style={{ width: '100%' }}>
        <Card size="small" style={STYLES.enterprise}>
          <Typography.Text style={MUTED}>
            {ownSide === 'enterprise' ? t('requests.you') : t('requests.enterpriseSide')} · {f.dateTime(filedAt)}
          </Typography.Text>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0 0' }}>{body}</Typography.Paragraph>
          <AttachmentList files={attachments} removable={removable} />
        </Card>
        {messages.map((message) => {
          const side = messageSide(message);
          return (
            <Card
              key={message.id}
              size="small"
              style={STYLES[side]}
              data-testid={side === 'note' ? 'internal-note' : 'request-message'}
            >
              <Space size={4} wrap>
                {side === 'note' && (
                  <Tag color="gold" icon={<LockOutlined />} style={WARN}>
                    {t('requests.internalNote')}
                  </Tag>
                )}
                <Typography.Text style={MUTED}>
                  {who(message)} · {f.dateTime(message.createdAt)}
                </Typography.Text>
              </Space>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0 0' }}>
                {message.body}
              </Typography.Paragraph>
              <AttachmentList files={message.attachments} removable={removable} internal={side === 'note'} />
            </Card>
          );
        })}
      </Space>
    </section>
  );
};
