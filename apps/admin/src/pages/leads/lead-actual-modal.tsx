import { Alert, Form, Input, InputNumber, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeadAftercareFragment } from '../../gql/graphql';
import { errorText, formFieldErrors } from '../../providers/api-error';
import { useGqlMutation } from '../../providers/use-gql';
import { wanToYuan, yuanToWanInput } from '../enterprises/form-values';
import { RECORD_LEAD_ACTUAL_MUTATION } from './queries';

export type LeadActualRow = LeadAftercareFragment['commitments']['years'][number];

interface ActualValues {
  year: number;
  investmentPaid?: number | null;
  hires?: number | null;
  taxPaid?: number | null;
  note?: string | null;
}

const FIELDS = new Set(['year', 'investmentPaid', 'hires', 'taxPaid', 'note']);
const full = { style: { width: '100%' } };

interface Props {
  leadId: string;
  /** The year being corrected, or null for a new one. */
  row: LeadActualRow | null;
  open: boolean;
  onClose: () => void;
}

/** One year's 到资, hires and tax paid, typed in 万元 and 人 as on the bureau's yearly form. */
export const LeadActualModal = ({ leadId, row, open, onClose }: Props) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<ActualValues>();
  const [error, setError] = useState<string | null>(null);
  const record = useGqlMutation(RECORD_LEAD_ACTUAL_MUTATION, { invalidates: ['leads'] });
  const thisYear = new Date().getFullYear();
  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue(
      row
        ? {
            year: row.year,
            investmentPaid: yuanToWanInput(row.investmentPaid),
            hires: row.hires,
            taxPaid: yuanToWanInput(row.taxPaid),
            note: row.note,
          }
        : { year: thisYear },
    );
  }, [open, row, form, thisYear]);
  const submit = async (values: ActualValues) => {
    setError(null);
    try {
      await record.run({
        leadId,
        version: row?.version ?? null,
        input: {
          year: values.year,
          investmentPaid: wanToYuan(values.investmentPaid),
          hires: values.hires ?? null,
          taxPaid: wanToYuan(values.taxPaid),
          note: values.note?.trim() || null,
        },
      });
      onClose();
    } catch (caught) {
      const { fields, unplaced } = formFieldErrors<keyof ActualValues>(caught, FIELDS);
      form.setFields(fields);
      if (unplaced) setError(errorText(caught, t('leads.conflict')));
    }
  };
  const c = (key: string) => t(`leads.commitments.${key}`);
  return (
    <Modal
      open={open}
      title={row ? t('leads.commitments.editTitle', { year: row.year }) : c('recordTitle')}
      okText={t('leads.actions.save')}
      cancelText={t('leads.actions.cancel')}
      confirmLoading={record.pending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form<ActualValues> form={form} name="leadActual" layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item label={c('year')} name="year" rules={[{ required: true }]}>
          <InputNumber {...full} min={2000} max={thisYear} precision={0} disabled={!!row} />
        </Form.Item>
        <Form.Item label={c('investmentPaid')} name="investmentPaid" extra={c('blankHint')}>
          <InputNumber {...full} min={0} addonAfter={t('units.wan')} />
        </Form.Item>
        <Form.Item label={c('hires')} name="hires">
          <InputNumber {...full} min={0} precision={0} addonAfter={t('leads.units.people')} />
        </Form.Item>
        <Form.Item label={c('taxPaid')} name="taxPaid">
          <InputNumber {...full} min={0} addonAfter={t('units.wan')} />
        </Form.Item>
        <Form.Item label={c('note')} name="note">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
};
