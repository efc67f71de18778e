import { Card, Col, Form, Input, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CodeLabels } from './policy-rule/use-code-labels';
import { DayInput } from './inputs';
import { TIERS } from '../../components/reference-data/plan-codes';
import { POLICY_KINDS } from './types';

export interface PolicyFactsFieldsProps {
  /** Whether the code may still change (not once published or versioned). */
  codeLocked?: boolean;
  /** Industries and parks to choose from. */
  codes: CodeLabels;
}

const select = (options: { value: string; label: string }[]) => (
  <Select mode="multiple" allowClear showSearch optionFilterProp="label" options={options} />
);

/** The policy's own facts in the editor: code, kind, titles, source, whom it targets and its dates. */
export const PolicyFactsFields = ({ codeLocked, codes }: PolicyFactsFieldsProps) => {
  const { t } = useTranslation();
  return (
    <>
      <Card title={t('policies.editor.basics')} size="small" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name="code"
              label={t('policies.fields.code')}
              tooltip={t('policies.editor.codeHint')}
              rules={[
                { required: true, message: t('policies.editor.required') },
                { pattern: /^[A-Z][A-Z0-9_]{1,63}$/, message: t('policies.editor.codeFormat') },
              ]}
            >
              <Input disabled={codeLocked} maxLength={64} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="kind" label={t('policies.fields.kind')} rules={[{ required: true }]}>
              <Select options={POLICY_KINDS.map((kind) => ({ value: kind, label: t(`policies.kinds.${kind}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="isExample"
              label={t('policies.fields.isExample')}
              valuePropName="checked"
              tooltip={t('common.sampleHint')}
            >
              <Switch />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="title"
              label={t('policies.fields.title')}
              rules={[{ required: true, min: 2, whitespace: true, message: t('policies.editor.titleRequired') }]}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="titleEn" label={t('policies.fields.titleEn')} extra={t('policies.editor.titleEnOptional')}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="summary" label={t('policies.fields.summary')}>
              <Input.TextArea rows={3} maxLength={10000} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="summaryEn" label={t('policies.fields.summaryEn')}>
              <Input.TextArea rows={3} maxLength={10000} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="issuingDepartment" label={t('policies.fields.issuingDepartment')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="documentNumber" label={t('policies.fields.documentNumber')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="sourceUrl"
              label={t('policies.fields.sourceUrl')}
              rules={[{ pattern: /^(https?:\/\/\S+)?$/, message: t('policies.editor.urlFormat') }]}
            >
              <Input maxLength={500} placeholder="https://" />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card title={t('policies.editor.targetsAndDates')} size="small" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name="targetIndustries"
              label={t('policies.fields.targetIndustries')}
              tooltip={t('policies.editor.targetsHint')}
            >
              {select(codes.options.industry ?? [])}
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="targetTiers" label={t('policies.fields.targetTiers')}>
              {select(TIERS.map((tier) => ({ value: tier, label: t(`parks.tiers.${tier}`) })))}
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="targetParks" label={t('policies.fields.targetParks')}>
              {select(codes.options.parkCode ?? [])}
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="effectiveFrom" label={t('policies.fields.effectiveFrom')}>
              <DayInput />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="effectiveTo" label={t('policies.fields.effectiveTo')}>
              <DayInput />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="applicationDeadline" label={t('policies.fields.applicationDeadline')}>
              <DayInput />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name="stackingGroup"
              label={t('policies.fields.stackingGroup')}
              tooltip={t('policies.editor.stackingHint')}
              rules={[{ pattern: /^([A-Z][A-Z0-9_]{1,63})?$/, message: t('policies.editor.codeFormat') }]}
            >
              <Input maxLength={64} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
    </>
  );
};
