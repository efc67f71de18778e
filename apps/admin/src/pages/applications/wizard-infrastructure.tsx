import { Col, Form, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { INFRASTRUCTURE_CODES } from '../../components/reference-data/plan-codes';

/** The infrastructure the project needs from a park (checked by the park ranking). */
export const WizardInfrastructure = () => {
  const { t } = useTranslation();
  return (
    <Row gutter={16}>
      <Col xs={24} md={16}>
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
