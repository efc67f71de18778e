import { DeleteOutlined, LockOutlined, PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../providers/api-error';
import { useInvalidateResources, type ResourceName } from '../providers/use-gql';
import { MUTED } from '../pages/applications/text-colors';
import { downloadAttachment, removeAttachment } from './attachments-api';
import { fileSize } from './attachment-rules';

export interface AttachmentView {
  id: string;
  name: string;
  size: number;
  url: string;
  mine: boolean;
}

/**
 * A record's files: each a download button (fetched with the session's token) and its size; the
 * uploader may remove their own while `removable`.
 */
export const AttachmentList = ({
  files,
  removable = false,
  internal = false,
  resources = ['requests'],
}: {
  files: readonly AttachmentView[];
  removable?: boolean;
  internal?: boolean;
  /** What to reload once a file is removed (the record's resource). */
  resources?: readonly ResourceName[];
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const invalidate = useInvalidateResources();
  const [busy, setBusy] = useState<string | null>(null);
  if (!files.length) return null;
  const run = async (id: string, work: () => Promise<void>, done?: string) => {
    setBusy(id);
    try {
      await work();
      if (done) void message.success(done);
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Flex vertical gap={2} style={{ marginTop: 6 }}>
      {files.map((file) => (
        <Flex key={file.id} gap={4} align="center" wrap>
          <Button
            type="link"
            size="small"
            style={{ paddingInline: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
            icon={internal ? <LockOutlined /> : <PaperClipOutlined />}
            loading={busy === file.id}
            aria-label={t('requests.attachments.download', { name: file.name })}
            onClick={() => void run(file.id, () => downloadAttachment(file.url, file.name))}
          >
            <span style={{ overflowWrap: 'anywhere' }}>{file.name}</span>
          </Button>
          <Typography.Text style={MUTED}>{fileSize(file.size)}</Typography.Text>
          {removable && file.mine && (
            <Popconfirm
              title={t('requests.attachments.removeConfirm')}
              onConfirm={() =>
                run(
                  file.id,
                  async () => {
                    await removeAttachment(file.id);
                    await invalidate([...resources]);
                  },
                  t('requests.attachments.removed'),
                )
              }
            >
              <Button
                type="text"
                size="small"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('requests.attachments.remove', { name: file.name })}
              />
            </Popconfirm>
          )}
        </Flex>
      ))}
    </Flex>
  );
};
