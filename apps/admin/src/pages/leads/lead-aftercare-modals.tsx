import { Alert, Checkbox, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, formFieldErrors } from '../../providers/api-error';

const full = { style: { width: '100%' } };

/** A small form in a dialog: resets on open, shows the API's faults on their fields. */
const useDialogForm = <V extends object>(open: boolean, initial: Partial<V>) => {
  const [form] = Form.useForm<V>();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue(initial as never); // read on opening only
  }, [open, form]);
  const fail = (caught: unknown, conflict: string) => {
    const { fields, unplaced } = formFieldErrors<string>(caught);
    form.setFields(fields as never);
    if (unplaced) setError(errorText(caught, conflict));
  };
  return { form, error, setError, fail };
};

interface DialogProps<V> {
  open: boolean;
  pending: boolean;
  onSubmit: (values: V) => Promise<void>;
  onCancel: () => void;
}

/** 安排走访 / 改期: the date the visit is due. */
export const VisitDateModal = ({
  open,
  pending,
  title,
  dueOn,
  onSubmit,
  onCancel,
}: DialogProps<{ dueOn: string }> & { title: string; dueOn: string | null }) => {
  const { t } = useTranslation();
  const { form, error, fail } = useDialogForm<{ dueOn: Dayjs }>(open, { dueOn: dueOn ? dayjs(dueOn) : undefined });
  const submit = async ({ dueOn: date }: { dueOn: Dayjs }) => {
    try {
      await onSubmit({ dueOn: date.format('YYYY-MM-DD') });
    } catch (caught) {
      fail(caught, t('leads.conflict'));
    }
  };
  return (
    <Modal
      open={open}
      title={title}
      okText={t('leads.actions.save')}
      cancelText={t('leads.actions.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form form={form} name="aftercareVisitDate" layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item label={t('leads.aftercare.dueOn')} name="dueOn" rules={[{ required: true }]}>
          <DatePicker {...full} />
        </Form.Item>
      </Form>
    </Modal>
  );
};

interface CompleteValues {
  doneOn: Dayjs;
  summary: string;
}

/** 完成走访: when it took place and what it found. */
export const CompleteVisitModal = ({
  open,
  pending,
  onSubmit,
  onCancel,
}: DialogProps<{ doneOn: string; summary: string }>) => {
  const { t } = useTranslation();
  const { form, error, fail } = useDialogForm<CompleteValues>(open, { doneOn: dayjs() });
  const submit = async (values: CompleteValues) => {
    try {
      await onSubmit({ doneOn: values.doneOn.format('YYYY-MM-DD'), summary: values.summary.trim() });
    } catch (caught) {
      fail(caught, t('leads.conflict'));
    }
  };
  return (
    <Modal
      open={open}
      title={t('leads.aftercare.completeTitle')}
      okText={t('leads.aftercare.complete')}
      cancelText={t('leads.actions.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form<CompleteValues>
        form={form}
        name="aftercareComplete"
        layout="vertical"
        onFinish={(values) => void submit(values)}
      >
        <Form.Item label={t('leads.aftercare.doneOn')} name="doneOn" rules={[{ required: true }]}>
          <DatePicker {...full} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item
          label={t('leads.aftercare.summary')}
          name="summary"
          rules={[{ required: true, whitespace: true, message: t('leads.aftercare.summaryRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
      </Form>
    </Modal>
  );
};

export interface FlagValues {
  expansionIntent: boolean;
  atRisk: boolean;
  atRiskReason?: string | null;
}

/** 扩产意向 and 经营风险 (a reason while at risk). */
export const AftercareFlagsModal = ({
  open,
  pending,
  initial,
  onSubmit,
  onCancel,
}: DialogProps<FlagValues> & { initial: FlagValues }) => {
  const { t } = useTranslation();
  const { form, error, fail } = useDialogForm<FlagValues>(open, initial);
  const atRisk = Form.useWatch('atRisk', form);
  const submit = async (values: FlagValues) => {
    try {
      await onSubmit({
        expansionIntent: !!values.expansionIntent,
        atRisk: !!values.atRisk,
        atRiskReason: values.atRisk ? values.atRiskReason?.trim() || null : null,
      });
    } catch (caught) {
      fail(caught, t('leads.conflict'));
    }
  };
  return (
    <Modal
      open={open}
      title={t('leads.aftercare.flagsTitle')}
      okText={t('leads.actions.save')}
      cancelText={t('leads.actions.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form<FlagValues> form={form} name="aftercareFlags" layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item name="expansionIntent" valuePropName="checked">
          <Checkbox>{t('leads.aftercare.expansionIntent')}</Checkbox>
        </Form.Item>
        <Form.Item name="atRisk" valuePropName="checked">
          <Checkbox>{t('leads.aftercare.atRisk')}</Checkbox>
        </Form.Item>
        {atRisk && (
          <Form.Item
            label={t('leads.aftercare.atRiskReason')}
            name="atRiskReason"
            rules={[{ required: true, whitespace: true, message: t('leads.aftercare.reasonRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
};
