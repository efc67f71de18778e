import { Card, Col, DatePicker, Form, Input, InputNumber, Row, Select, Typography, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EnterpriseFactSource } from './enterprise-fact-source';
import { useFormat } from '../../format/use-format';
import { OWNERSHIP_CODES, POLLUTION_CODES, TIERS } from '../../components/reference-data/plan-codes';
import { FACT_GROUPS, type FactField } from './fact-groups';
import { CONTACT_FIELDS, type EnterpriseRecord, type ProfileFormValues, metaByFact } from './profile-model';
import type { Taxonomy } from './use-taxonomy';

const full = { style: { width: '100%' } };

/**
 * The one-file profile in four groups (基本信息, 创新能力, 财务, 环境与信用), each fact with where its
 * value came from and when. Money is typed in 万元; an empty input is a missing fact, not zero.
 */
export const ProfileForm = ({
  form,
  enterprise,
  initialValues,
  taxonomy,
  onFinish,
  disabled,
}: {
  form: FormInstance<ProfileFormValues>;
  enterprise: EnterpriseRecord;
  initialValues: ProfileFormValues;
  taxonomy: Taxonomy;
  onFinish: (values: ProfileFormValues) => void;
  disabled?: boolean;
}) => {
  const { t } = useTranslation();
  const f = useFormat();
  const meta = metaByFact(enterprise);
  const industry = Form.useWatch('industry', form) as string | undefined;
  const segments = taxonomy.segmentsOf(industry);
  const label = (name: string) => t(`enterprises.facts.${name}`);
  const yesNo = [
    { value: 'yes', label: t('common.yes') },
    { value: 'no', label: t('common.no') },
  ];

  const input = ({ kind }: FactField): ReactNode => {
    switch (kind) {
      case 'date':
        return <DatePicker {...full} placeholder={t('enterprises.unset')} />;
      case 'money':
        return <InputNumber {...full} min={0} step={1} addonAfter={t('units.wan')} />;
      case 'person':
        return <InputNumber {...full} min={0} precision={0} addonAfter={t('enterprises.units.person')} />;
      case 'count':
        return <InputNumber {...full} min={0} precision={0} addonAfter={t('enterprises.units.count')} />;
      case 'tce':
        return <InputNumber {...full} min={0} addonAfter={t('enterprises.units.tce')} />;
      case 'boolean':
        return <Select allowClear options={yesNo} placeholder={t('enterprises.unset')} />;
      case 'industry':
        return (
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('enterprises.unset')}
            onChange={() => form.setFieldValue('chainSegment', undefined)}
            options={taxonomy.industries.map((item) => ({ value: item.code, label: f.pick(item.name, item.nameEn) }))}
          />
        );
      case 'segment':
        return (
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            disabled={!industry || segments.length === 0}
            placeholder={
              !industry
                ? t('enterprises.profile.segmentFirst')
                : segments.length === 0
                  ? t('enterprises.profile.noSegments')
                  : t('enterprises.unset')
            }
            options={segments.map((segment) => ({ value: segment.code, label: f.pick(segment.name, segment.nameEn) }))}
          />
        );
      case 'park':
        return (
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('enterprises.unset')}
            options={taxonomy.parks.map((park) => ({ value: park.code, label: f.pick(park.name, park.nameEn) }))}
          />
        );
      case 'tier':
        return (
          <Select
            allowClear
            placeholder={t('enterprises.unset')}
            options={TIERS.map((value) => ({ value, label: t(`enterprises.tiers.${value}`) }))}
          />
        );
      case 'ownership':
        return (
          <Select
            allowClear
            placeholder={t('enterprises.unset')}
            options={OWNERSHIP_CODES.map((value) => ({ value, label: t(`enterprises.ownerships.${value}`) }))}
          />
        );
      case 'pollution':
        return (
          <Select
            allowClear
            placeholder={t('enterprises.unset')}
            options={POLLUTION_CODES.map((value) => ({ value, label: t(`enterprises.pollution.${value}`) }))}
          />
        );
    }
  };

  return (
    <Form<ProfileFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onFinish}
      disabled={disabled}
      scrollToFirstError
    >
      <Typography.Paragraph type="secondary">
        {t('enterprises.profile.missingHint')} {t('enterprises.profile.moneyHint')}
      </Typography.Paragraph>
      {FACT_GROUPS.map((group) => (
        <Card key={group.key} size="small" title={t(`enterprises.groups.${group.key}`)} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            {group.key === 'basic' &&
              CONTACT_FIELDS.map((field) => (
                <Col key={field} xs={24} md={12} xl={8}>
                  <Form.Item
                    name={field}
                    label={t(`enterprises.fields.${field}`)}
                    rules={
                      field === 'name'
                        ? [{ required: true, whitespace: true, message: t('register.errors.requiredName') }]
                        : field === 'contactEmail'
                          ? [{ type: 'email', message: t('register.errors.validEmail') }]
                          : []
                    }
                  >
                    <Input allowClear={field !== 'name'} />
                  </Form.Item>
                </Col>
              ))}
            {group.facts.map((fact) => {
              const source = meta.get(fact.name);
              return (
                <Col key={fact.name} xs={24} md={12} xl={8}>
                  <Form.Item
                    name={fact.name}
                    label={label(fact.name)}
                    extra={<EnterpriseFactSource source={source?.source} updatedAt={source?.updatedAt} />}
                  >
                    {input(fact)}
                  </Form.Item>
                </Col>
              );
            })}
          </Row>
        </Card>
      ))}
    </Form>
  );
};
