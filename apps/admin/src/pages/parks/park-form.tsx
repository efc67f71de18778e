import { Card, Col, Form, Input, InputNumber, Row, Select, Switch, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import type { CooperationModel, ParkKind, ParkLevel, PollutionCategory, Tier } from '../../graphql/types';
import { PARK_KINDS } from '../../graphql/types';
import { useReferenceData } from '../../components/reference-data/use-reference-data';
import { INFRASTRUCTURE_CODES, POLLUTION_CODES, TIERS } from '../../components/reference-data/plan-codes';

/** What the park editor edits: CreateParkInput's fields. */
export interface ParkFormValues {
  code: string;
  name: string;
  nameEn: string;
  kind: ParkKind;
  level: ParkLevel;
  parentCode: string | null;
  positioning: string;
  positioningEn: string;
  targetIndustries: string[];
  forbiddenIndustries: string[];
  forbidsThreeHigh: boolean;
  maxPollution: PollutionCategory;
  maxEnergyTce: number | null;
  totalLandMu: number;
  freeLandMu: number;
  totalFloorSqm: number;
  freeFloorSqm: number;
  servedTiers: Tier[];
  infrastructure: string[];
  lng: number;
  lat: number;
  enclavePartner: string | null;
  enclavePartnerEn: string | null;
  cooperationModels: CooperationModel[];
  /** Percent (0–100) of the tax of firms placed in an enclave that the district keeps. */
  districtTaxSharePercent: number | null;
  /** Why free space changes by hand: asked (and required) when editing free land or floor space. */
  freeSpaceReason?: string | null;
}

export const NEW_PARK: Partial<ParkFormValues> = {
  level: 'DISTRICT',
  parentCode: null,
  positioning: '',
  positioningEn: '',
  targetIndustries: [],
  forbiddenIndustries: [],
  forbidsThreeHigh: true,
  maxPollution: 'MEDIUM',
  maxEnergyTce: null,
  totalLandMu: 0,
  freeLandMu: 0,
  totalFloorSqm: 0,
  freeFloorSqm: 0,
  servedTiers: [],
  infrastructure: [],
  enclavePartner: null,
  enclavePartnerEn: null,
  cooperationModels: [],
  districtTaxSharePercent: null,
};

const COOPERATION_MODELS: CooperationModel[] = ['ENTRUSTED_MANAGEMENT', 'TAX_SHARING'];

const blankToNull = (value: string | null | undefined): string | null => value?.trim() || null;

/** Only an enclave park has enclave terms: for any other kind they are cleared on save. */
export const withoutEnclaveTerms = (values: ParkFormValues): ParkFormValues =>
  values.kind === 'ENCLAVE_PARK'
    ? {
        ...values,
        enclavePartner: blankToNull(values.enclavePartner),
        enclavePartnerEn: blankToNull(values.enclavePartnerEn),
        cooperationModels: values.cooperationModels ?? [],
        districtTaxSharePercent: values.districtTaxSharePercent ?? null,
      }
    : { ...values, enclavePartner: null, enclavePartnerEn: null, cooperationModels: [], districtTaxSharePercent: null };

const LEVELS: ParkLevel[] = ['NATIONAL', 'REGIONAL', 'MUNICIPAL', 'DISTRICT'];
/** The fields of a park in four groups; free space may not exceed the total (checked here and by the API). */
export const ParkForm = ({
  form,
  initialValues,
  selfCode,
  askSpaceReason = false,
  onFinish,
}: {
  form: FormInstance<ParkFormValues>;
  initialValues: Partial<ParkFormValues>;
  /** The edited park's own code, left out of the parent choices. */
  selfCode?: string;
  /** Editing a park: a change of its free space needs a reason (kept in its space history). */
  askSpaceReason?: boolean;
  onFinish: (values: ParkFormValues) => void;
}) => {
  const { t } = useTranslation();
  const f = useFormat();
  const { industries, parks } = useReferenceData();
  const industryOptions = industries.map((industry) => ({
    value: industry.code,
    label: f.pick(industry.name, industry.nameEn),
  }));
  const notAbove = (total: keyof ParkFormValues, message: string) => ({
    validator: async (_: unknown, value: number | null) => {
      const max = form.getFieldValue(total) as number | null;
      if (value !== null && max !== null && value > max) throw new Error(message);
    },
  });
  const number = { style: { width: '100%' } };
  const kind = Form.useWatch('kind', form) ?? initialValues.kind;
  const freeLand = Form.useWatch('freeLandMu', form);
  const freeFloor = Form.useWatch('freeFloorSqm', form);
  const spaceEdited =
    askSpaceReason &&
    ((freeLand !== undefined && freeLand !== initialValues.freeLandMu) ||
      (freeFloor !== undefined && freeFloor !== initialValues.freeFloorSqm));
  return (
    <Form<ParkFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={(values) => onFinish(withoutEnclaveTerms(values))}
    >
      <Card size="small" title={t('parks.editor.groups.basic')} style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name="code"
              label={t('parks.fields.code')}
              rules={[
                { required: true, message: t('parks.editor.required') },
                { pattern: /^[A-Z][A-Z0-9_]{1,63}$/, message: t('parks.editor.codePattern') },
              ]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="name"
              label={t('parks.fields.name')}
              rules={[{ required: true, min: 2, message: t('parks.editor.required') }]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="nameEn"
              label={t('parks.fields.nameEn')}
              rules={[{ required: true, min: 2, message: t('parks.editor.required') }]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="kind"
              label={t('parks.fields.kind')}
              rules={[{ required: true, message: t('parks.editor.required') }]}
            >
              <Select options={PARK_KINDS.map((kind) => ({ value: kind, label: t(`parks.kinds.${kind}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="level" label={t('parks.fields.level')}>
              <Select options={LEVELS.map((level) => ({ value: level, label: t(`parks.levels.${level}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="parentCode" label={t('parks.fields.parent')}>
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                placeholder={t('common.none')}
                options={parks
                  .filter((park) => park.code !== selfCode)
                  .map((park) => ({ value: park.code, label: f.pick(park.name, park.nameEn) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item
              name="lng"
              label={t('parks.editor.lng')}
              rules={[
                { required: true, message: t('parks.editor.required') },
                { type: 'number', min: 73, max: 135, message: t('parks.editor.lngRange') },
              ]}
            >
              {/* no min/max on the input: antd would silently clamp a wrong figure instead of saying so */}
              <InputNumber {...number} step={0.0001} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item
              name="lat"
              label={t('parks.editor.lat')}
              rules={[
                { required: true, message: t('parks.editor.required') },
                { type: 'number', min: 18, max: 54, message: t('parks.editor.latRange') },
              ]}
            >
              <InputNumber {...number} step={0.0001} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card size="small" title={t('parks.editor.groups.space')} style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={12} md={6}>
            <Form.Item
              name="totalLandMu"
              label={t('parks.fields.totalLandMu')}
              rules={[{ required: true, message: t('parks.editor.required') }]}
            >
              <InputNumber {...number} min={0} addonAfter={t('units.mu')} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name="freeLandMu"
              label={t('parks.fields.freeLandMu')}
              dependencies={['totalLandMu']}
              rules={[
                { required: true, message: t('parks.editor.required') },
                notAbove('totalLandMu', t('parks.editor.freeAboveTotal')),
              ]}
            >
              <InputNumber {...number} min={0} addonAfter={t('units.mu')} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name="totalFloorSqm"
              label={t('parks.fields.totalFloorSqm')}
              rules={[{ required: true, message: t('parks.editor.required') }]}
            >
              <InputNumber {...number} min={0} addonAfter={t('units.sqm')} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name="freeFloorSqm"
              label={t('parks.fields.freeFloorSqm')}
              dependencies={['totalFloorSqm']}
              rules={[
                { required: true, message: t('parks.editor.required') },
                notAbove('totalFloorSqm', t('parks.editor.freeAboveTotal')),
              ]}
            >
              <InputNumber {...number} min={0} addonAfter={t('units.sqm')} />
            </Form.Item>
          </Col>
          {spaceEdited && (
            <Col xs={24}>
              <Form.Item
                name="freeSpaceReason"
                label={t('parks.editor.freeSpaceReason')}
                extra={t('parks.editor.freeSpaceReasonHelp')}
                rules={[{ required: true, whitespace: true, message: t('parks.editor.freeSpaceReasonRequired') }]}
              >
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
              </Form.Item>
            </Col>
          )}
        </Row>
      </Card>
      <Card size="small" title={t('parks.editor.groups.positioning')} style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="positioning" label={t('parks.fields.positioning')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="positioningEn" label={t('parks.editor.positioningEn')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="targetIndustries" label={t('parks.fields.targetIndustries')}>
              <Select mode="multiple" allowClear optionFilterProp="label" options={industryOptions} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="forbiddenIndustries" label={t('parks.fields.forbiddenIndustries')}>
              <Select mode="multiple" allowClear optionFilterProp="label" options={industryOptions} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      {kind === 'ENCLAVE_PARK' && (
        <Card size="small" title={t('parks.editor.groups.enclave')} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={6}>
              <Form.Item
                name="enclavePartner"
                label={t('parks.fields.enclavePartner')}
                rules={[{ whitespace: true, max: 100, message: t('parks.editor.required') }]}
              >
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="enclavePartnerEn" label={t('parks.editor.enclavePartnerEn')}>
                <Input maxLength={150} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="cooperationModels" label={t('parks.fields.cooperationModels')}>
                <Select
                  mode="multiple"
                  allowClear
                  options={COOPERATION_MODELS.map((value) => ({ value, label: t(`parks.cooperationModels.${value}`) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item
                name="districtTaxSharePercent"
                label={t('parks.fields.districtTaxSharePercent')}
                extra={t('parks.editor.taxShareHelp')}
                rules={[{ type: 'number', min: 0, max: 100, message: t('parks.editor.taxShareHelp') }]}
              >
                <InputNumber
                  {...number}
                  step={1}
                  addonAfter={t('units.percent')}
                  placeholder={t('parks.taxShareNotAgreed')}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>
      )}
      <Card size="small" title={t('parks.editor.groups.admission')}>
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Form.Item name="forbidsThreeHigh" label={t('parks.fields.forbidsThreeHigh')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="maxPollution" label={t('parks.fields.maxPollution')}>
              <Select options={POLLUTION_CODES.map((value) => ({ value, label: t(`parks.pollution.${value}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="maxEnergyTce"
              label={t('parks.fields.maxEnergyTce')}
              extra={t('parks.editor.emptyUnlimited')}
            >
              <InputNumber {...number} min={0} addonAfter={t('units.tcePerYear')} placeholder={t('common.unlimited')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="servedTiers" label={t('parks.fields.servedTiers')} extra={t('parks.editor.emptyAllTiers')}>
              <Select
                mode="multiple"
                allowClear
                options={TIERS.map((value) => ({ value, label: t(`parks.tiers.${value}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="infrastructure" label={t('parks.fields.infrastructure')}>
              <Select
                mode="multiple"
                allowClear
                optionFilterProp="label"
                options={INFRASTRUCTURE_CODES.map((code) => ({
                  value: code,
                  label: t(`parks.infrastructureTags.${code}`),
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
      </Card>
    </Form>
  );
};
