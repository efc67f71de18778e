import { Col, Form, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { INFRASTRUCTURE_CODES, POLLUTION_CODES } from '../../components/reference-data/plan-codes';

const full = { style: { width: '100%' } };

/**
 * What the project needs from a park and what it emits: the facts the park ranking checks
 * (energy against a park's limit, pollution against 三高, infrastructure needs met).
 */
export const ApplicationNeedsFields = () => {
  const { t } = useTranslation();
  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <Form.Item name="energyTce" label={t('applications.fields.energyTce')} tooltip={t('parkRanking.energyHint')}>
          <InputNumber {...full} min={0} addonAfter={t('enterprises.units.tce')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="pollutionCategory" label={t('applications.fields.pollutionCategory')}>
          <Select
            allowClear
            options={POLLUTION_CODES.map((value) => ({ value, label: t(`enterprises.pollution.${value}`) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="infrastructureNeeds" label={t('applications.fields.infrastructureNeeds')}>
          <Select
            mode="multiple"
            allowClear
            optionFilterProp="label"
            placeholder={t('parkRanking.infrastructurePlaceholder')}
            options={INFRASTRUCTURE_CODES.map((value) => ({
              value,
              label: t(`parks.infrastructureTags.${value}`),
            }))}
          />
        </Form.Item>
      </Col>
    </Row>
  );
};
