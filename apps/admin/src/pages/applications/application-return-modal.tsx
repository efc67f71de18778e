import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MUTED } from './text-colors';

/**
 * Staff return an application for correction (补正): what to correct is required; the enterprise
 * is notified, corrects the application or its documents and submits it again.
 */
export const ApplicationReturnModal = ({
  open,
  pending,
  error,
  onCancel,
  onSubmit,
}: {
  open: boolean;
  pending: boolean;
  error: string | null;
  onCancel: () => void;
  onSubmit: (reason: string) => void;
}) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={open}
      title={t('applications.correction.title')}
      okText={t('applications.correction.action')}
      okButtonProps={{ loading: pending }}
      cancelText={t('buttons.cancel')}
      onCancel={onCancel}
      onOk={() => form.submit()}
      // The keyboard starts where the work is: in what to correct (not on the dialog's frame).
      afterOpenChange={(visible) => visible && (form.getFieldInstance('reason') as HTMLElement | null)?.focus()}
      destroyOnHidden
    >
      <Typography.Paragraph style={MUTED}>{t('applications.correction.reasonHint')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        name="application-return"
        layout="vertical"
        preserve={false}
        onFinish={({ reason }) => onSubmit(reason.trim())}
      >
        <Form.Item
          name="reason"
          label={t('applications.correction.reason')}
          rules={[{ required: true, whitespace: true, message: t('applications.correction.reasonRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
};
