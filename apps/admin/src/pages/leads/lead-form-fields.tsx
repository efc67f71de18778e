import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Ownership } from '../../gql/graphql';
import { useFormat } from '../../format/use-format';
import type { Taxonomy } from '../enterprises/use-taxonomy';
import type { LeadFormValues } from './lead-values';
import { LEAD_SOURCES, TARGET_FLAGS } from './stages';
import type { OwnerOption } from './use-owner-options';

const OWNERSHIPS: readonly Ownership[] = ['STATE', 'PRIVATE', 'FOREIGN', 'JOINT'];
const full = { style: { width: '100%' } };
const half = { xs: 24, md: 12, xl: 8 };

interface Props {
  form: FormInstance<LeadFormValues>;
  taxonomy: Taxonomy;
  owners: OwnerOption[];
  /** The edit form also holds the facts of signing and landing. */
  withCommitments?: boolean;
}

/** Every field of a lead as the paper form names it: money in 万元, land in 亩, floor space in m². */
export const LeadFormFields = ({ form, taxonomy, owners, withCommitments }: Props) => {
  const { t } = useTranslation();
  const f = useFormat();
  const industryCode = Form.useWatch('industryCode', form);
  const label = (name: string) => t(`leads.fields.${name}`);
  const wan = { ...full, min: 0, addonAfter: t('units.wan') };
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={t('leads.sections.company')} size="small">
        <Row gutter={16}>
          <Col {...half}>
            <Form.Item label={label('companyName')} name="companyName" rules={[{ required: true, whitespace: true }]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={label('uscc')} name="uscc">
              <Input maxLength={18} style={{ fontFamily: 'monospace' }} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={label('source')} name="source" rules={[{ required: true }]}>
              <Select options={LEAD_SOURCES.map((s) => ({ value: s, label: t(`leads.sources.${s}`) }))} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={label('sourceDetail')} name="sourceDetail">
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={label('origin')} name="origin">
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={label('ownership')} name="ownership">
              <Select allowClear options={OWNERSHIPS.map((o) => ({ value: o, label: t(`leads.ownerships.${o}`) }))} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item label={label('targetFlags')} name="targetFlags">
              <Checkbox.Group options={TARGET_FLAGS.map((v) => ({ value: v, label: t(`leads.targetFlags.${v}`) }))} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card title={t('leads.sections.project')} size="small">
        <Row gutter={16}>
          <Col {...half}>
            <Form.Item label={label('industryCode')} name="industryCode">
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                onChange={() => form.setFieldValue('chainSegment', null)}
                options={taxonomy.industries.map((i) => ({ value: i.code, label: f.pick(i.name, i.nameEn) }))}
              />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={label('chainSegment')} name="chainSegment">
              <Select
                allowClear
                disabled={!industryCode}
                options={taxonomy
                  .segmentsOf(industryCode)
                  .map((s) => ({ value: s.code, label: f.pick(s.name, s.nameEn) }))}
              />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={label('targetParkId')} name="targetParkId">
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                options={taxonomy.parks.map((p) => ({ value: p.id, label: f.pick(p.name, p.nameEn) }))}
              />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={label('plannedInvestment')} name="plannedInvestment">
              <InputNumber {...wan} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={label('jobs')} name="jobs">
              <InputNumber {...full} min={0} precision={0} addonAfter={t('leads.units.people')} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={label('expectedAnnualTax')} name="expectedAnnualTax">
              <InputNumber {...wan} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={label('landMu')} name="landMu">
              <InputNumber {...full} min={0} addonAfter={t('units.mu')} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={label('floorSqm')} name="floorSqm">
              <InputNumber {...full} min={0} addonAfter={t('units.sqm')} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item label={label('summary')} name="summary">
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card title={t('leads.sections.pipeline')} size="small">
        <Row gutter={16}>
          <Col {...half}>
            <Form.Item label={label('ownerId')} name="ownerId">
              <Select allowClear options={owners} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={label('probability')} name="probability">
              <InputNumber {...full} min={0} max={100} precision={0} addonAfter={t('leads.units.percent')} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={label('expectedSigningDate')} name="expectedSigningDate">
              <DatePicker {...full} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={label('nextAction')} name="nextAction">
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={label('nextActionDate')} name="nextActionDate">
              <DatePicker {...full} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={label('tags')} name="tags">
              <Select mode="tags" open={false} suffixIcon={null} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      {withCommitments && <CommitmentFields />}
      <ContactFields />
    </Space>
  );
};

/** 签约与落地: what the later stages require. */
export const CommitmentFields = () => {
  const { t } = useTranslation();
  const label = (name: string) => t(`leads.fields.${name}`);
  const wan = { ...full, min: 0, addonAfter: t('units.wan') };
  return (
    <Card title={t('leads.sections.commitments')} size="small">
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item label={label('signedOn')} name="signedOn">
            <DatePicker {...full} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item label={label('contractedInvestment')} name="contractedInvestment">
            <InputNumber {...wan} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item label={label('contractedJobs')} name="contractedJobs">
            <InputNumber {...full} min={0} precision={0} addonAfter={t('leads.units.people')} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item label={label('contractedAnnualTax')} name="contractedAnnualTax">
            <InputNumber {...wan} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item label={label('constructionStartedOn')} name="constructionStartedOn">
            <DatePicker {...full} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item label={label('operatingSince')} name="operatingSince">
            <DatePicker {...full} />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
};

/** 联系人: any number of people, a name each. */
const ContactFields = () => {
  const { t } = useTranslation();
  return (
    <Card title={t('leads.sections.contacts')} size="small">
      <Form.List name="contacts">
        {(fields, { add, remove }) => (
          <Space direction="vertical" style={{ width: '100%' }}>
            {fields.map(({ key, name }, index) => (
              <Row key={key} gutter={8} align="top" aria-label={t('leads.contact.label', { index: index + 1 })}>
                <Col xs={24} md={5}>
                  <Form.Item
                    label={t('leads.contact.name')}
                    name={[name, 'name']}
                    rules={[{ required: true, whitespace: true }]}
                  >
                    <Input maxLength={100} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={5}>
                  <Form.Item label={t('leads.contact.title')} name={[name, 'title']}>
                    <Input maxLength={100} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={6}>
                  <Form.Item label={t('leads.contact.phone')} name={[name, 'phone']}>
                    <Input maxLength={40} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={6}>
                  <Form.Item label={t('leads.contact.email')} name={[name, 'email']} rules={[{ type: 'email' }]}>
                    <Input maxLength={200} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={2}>
                  <Form.Item label=" " colon={false}>
                    <Button
                      type="text"
                      danger
                      icon={<MinusCircleOutlined />}
                      aria-label={t('leads.contact.remove', { index: index + 1 })}
                      onClick={() => remove(name)}
                    />
                  </Form.Item>
                </Col>
              </Row>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
              {t('leads.contact.add')}
            </Button>
          </Space>
        )}
      </Form.List>
    </Card>
  );
};
