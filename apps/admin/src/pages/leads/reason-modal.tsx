import { Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  open: boolean;
  pending: boolean;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}

/** 标记流失: the API refuses LOST without a reason, so the dialog asks for one first. */
export const LostReasonModal = ({ open, pending, onSubmit, onCancel }: Props) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  return (
    <Modal
      open={open}
      title={t('leads.lost.title')}
      okText={t('leads.lost.submit')}
      okButtonProps={{ danger: true }}
      cancelText={t('leads.actions.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={({ reason }) => onSubmit(reason.trim())}>
        <Form.Item
          label={t('leads.lost.reason')}
          name="reason"
          rules={[{ required: true, whitespace: true, message: t('leads.lost.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
};
