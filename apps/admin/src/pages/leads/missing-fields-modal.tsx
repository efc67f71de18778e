import { Alert, DatePicker, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import type { LeadStage } from '../../gql/graphql';
import type { Taxonomy } from '../enterprises/use-taxonomy';
import type { LeadFormValues, RequiredField } from './lead-values';

interface Props {
  open: boolean;
  stage: LeadStage;
  fields: RequiredField[];
  taxonomy: Taxonomy;
  pending: boolean;
  error: string | null;
  onSubmit: (values: LeadFormValues) => void;
  onCancel: () => void;
}

const full = { style: { width: '100%' } };

/** A refused move: the fields the stage needs, as a small form that saves them and moves again. */
export const MissingFieldsModal = ({ open, stage, fields, taxonomy, pending, error, onSubmit, onCancel }: Props) => {
  const { t } = useTranslation();
  const f = useFormat();
  const [form] = Form.useForm<LeadFormValues>();
  const stageName = t(`leads.stages.${stage}`);
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  const input = (field: RequiredField) => {
    switch (field) {
      case 'plannedInvestment':
      case 'contractedInvestment':
      case 'contractedAnnualTax':
        return <InputNumber {...full} min={0} addonAfter={t('units.wan')} />;
      case 'contractedJobs':
        return <InputNumber {...full} min={0} precision={0} addonAfter={t('leads.units.people')} />;
      case 'targetParkId':
        return (
          <Select
            showSearch
            optionFilterProp="label"
            options={taxonomy.parks.map((p) => ({ value: p.id, label: f.pick(p.name, p.nameEn) }))}
          />
        );
      case 'uscc':
        return <Input maxLength={18} style={{ fontFamily: 'monospace' }} />;
      default:
        return <DatePicker {...full} />;
    }
  };
  return (
    <Modal
      open={open}
      title={t('leads.move.title', { stage: stageName })}
      okText={t('leads.move.submit')}
      cancelText={t('leads.actions.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('leads.move.intro', { stage: stageName })}</Typography.Paragraph>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form<LeadFormValues> form={form} layout="vertical" onFinish={onSubmit}>
        {fields.map((field) => (
          <Form.Item key={field} label={t(`leads.fields.${field}`)} name={field} rules={[{ required: true }]}>
            {input(field)}
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
};
