import { Alert, App, Button, Card, Form, Input, Select, Space, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AttachmentPicker, pickedFiles } from '../../attachments/attachment-picker';
import { uploadAll } from '../../attachments/attachments-api';
import { errorText, formFieldErrors } from '../../providers/api-error';
import { useGqlMutation } from '../../providers/use-gql';
import type { RequestKind } from '../../gql/graphql';
import { FILE_REQUEST_MUTATION } from './queries';
import { REQUEST_KINDS } from './request-model';

interface FileValues {
  kind: RequestKind;
  subject: string;
  body: string;
  attachments?: UploadFile[];
}

const FIELDS: ReadonlySet<string> = new Set(['kind', 'subject', 'body']);

/**
 * 提交诉求: kind, subject, text and optional files; the files go up once the request exists (one
 * upload each, to it). The enterprise lands on the request's page, told of any file that did not go.
 */
export const FileRequestForm = ({ onCancel }: { onCancel: () => void }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [uploading, setUploading] = useState(false);
  const [form] = Form.useForm<FileValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const file = useGqlMutation(FILE_REQUEST_MUTATION, { invalidates: ['requests'] });
  const onFinish = async (values: FileValues) => {
    setFailure(null);
    try {
      const { fileRequest } = await file.run({
        input: { kind: values.kind, subject: values.subject.trim(), body: values.body.trim() },
      });
      setUploading(true);
      const failed = await uploadAll('request', fileRequest.id, pickedFiles(values.attachments)).finally(() =>
        setUploading(false),
      );
      for (const { name, reason } of failed)
        void message.error(t('requests.attachments.uploadFailed', { name, reason }));
      void navigate(`/my-requests/${fileRequest.id}`);
    } catch (error) {
      const { fields, unplaced } = formFieldErrors<keyof FileValues>(error, FIELDS);
      form.setFields(fields);
      setFailure(unplaced ? errorText(error) : null);
    }
  };
  return (
    <Card title={t('requests.file.title')} size="small">
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="kind"
          label={t('requests.fields.kind')}
          rules={[{ required: true, message: t('requests.validation.kind') }]}
        >
          <Select
            placeholder={t('requests.file.kindPlaceholder')}
            options={REQUEST_KINDS.map((kind) => ({ value: kind, label: t(`requests.kinds.${kind}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="subject"
          label={t('requests.fields.subject')}
          rules={[{ required: true, whitespace: true, message: t('requests.validation.subject') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="body"
          label={t('requests.fields.body')}
          extra={t('requests.file.bodyHint')}
          rules={[{ required: true, whitespace: true, message: t('requests.validation.body') }]}
        >
          <Input.TextArea rows={5} maxLength={8000} />
        </Form.Item>
        <Form.Item name="attachments" label={t('requests.attachments.label')} valuePropName="value">
          <AttachmentPicker />
        </Form.Item>
        {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={file.pending || uploading}>
            {t('requests.actions.file')}
          </Button>
          <Button onClick={onCancel}>{t('requests.actions.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
};
