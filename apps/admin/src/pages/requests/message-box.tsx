import { Alert, App, Button, Form, Input, Space, Switch, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AttachmentPicker, pickedFiles } from '../../attachments/attachment-picker';
import { uploadAll } from '../../attachments/attachments-api';
import { errorText } from '../../providers/api-error';
import { useGqlMutation, useInvalidateResources } from '../../providers/use-gql';
import { MUTED } from '../applications/text-colors';
import { ADD_REQUEST_MESSAGE_MUTATION } from './queries';

/**
 * A reply (staff), a follow-up (enterprise) or, with the switch, an internal note, each with
 * optional files (uploaded to the message once it is saved; a note's stay with staff). `canNote`
 * alone (no reply allowed in the status) leaves only notes.
 */
export const MessageBox = ({
  requestId,
  label,
  canReply,
  canNote = false,
}: {
  requestId: string;
  label: string;
  canReply: boolean;
  canNote?: boolean;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ body: string; internal: boolean; attachments?: UploadFile[] }>();
  const [uploading, setUploading] = useState(false);
  const invalidate = useInvalidateResources();
  const [failure, setFailure] = useState<string | null>(null);
  const send = useGqlMutation(ADD_REQUEST_MESSAGE_MUTATION, { invalidates: ['requests'] });
  const internal = Form.useWatch('internal', form) ?? !canReply;
  const onFinish = async ({ body, attachments }: { body: string; attachments?: UploadFile[] }) => {
    setFailure(null);
    try {
      const { addRequestMessage } = await send.run({ id: requestId, body: body.trim(), internal: canNote && internal });
      // the switch stays as the author left it: a second note must not go out as an answer
      form.setFieldsValue({ body: '', attachments: [] });
      const files = pickedFiles(attachments);
      if (files.length) {
        setUploading(true);
        const failed = await uploadAll('request-message', addRequestMessage.id, files).finally(() =>
          setUploading(false),
        );
        await invalidate(['requests']);
        if (failed.length) {
          setFailure(
            failed.map(({ name, reason }) => t('requests.attachments.uploadFailed', { name, reason })).join('\n'),
          );
        }
      }
      void message.success(internal && canNote ? t('requests.noteSaved') : t('requests.sent'));
    } catch (error) {
      setFailure(errorText(error));
    }
  };
  return (
    <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ internal: !canReply }}>
      <Form.Item
        name="body"
        label={internal && canNote ? t('requests.noteLabel') : label}
        rules={[{ required: true, whitespace: true, message: t('requests.validation.message') }]}
      >
        <Input.TextArea rows={3} maxLength={8000} />
      </Form.Item>
      <Form.Item name="attachments" valuePropName="value">
        <AttachmentPicker />
      </Form.Item>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Space wrap>
        {canNote && (
          <Space size={8}>
            <Form.Item name="internal" valuePropName="checked" noStyle>
              <Switch id="request-internal" disabled={!canReply} aria-describedby="request-internal-hint" />
            </Form.Item>
            <label htmlFor="request-internal">{t('requests.internalNote')}</label>
            <span id="request-internal-hint" style={MUTED}>
              {t('requests.internalHint')}
            </span>
          </Space>
        )}
        <Button type="primary" htmlType="submit" loading={send.pending || uploading}>
          {internal && canNote ? t('requests.actions.saveNote') : t('requests.actions.send')}
        </Button>
      </Space>
    </Form>
  );
};
