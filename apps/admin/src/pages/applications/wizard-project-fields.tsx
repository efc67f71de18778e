import { Col, Form, Input, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';

const full = { style: { width: '100%' } };

/** The wizard's project step: what the project is, its investment, jobs and tax. */
export const WizardProjectFields = () => {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="summary"
        label={t('applications.fields.summary')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('applications.wizard.required', { field: t('applications.fields.summary') }),
          },
        ]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} showCount />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="plannedInvestment" label={t('applications.fields.plannedInvestment')}>
            <InputNumber {...full} min={0} step={1} addonAfter={t('units.wan')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="jobs" label={t('applications.fields.jobs')}>
            <InputNumber {...full} min={0} precision={0} addonAfter={t('enterprises.units.person')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="expectedAnnualTax" label={t('applications.fields.expectedAnnualTax')}>
            <InputNumber {...full} min={0} step={1} addonAfter={t('units.wan')} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
};
