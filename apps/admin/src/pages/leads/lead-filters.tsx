import { Checkbox, Form, Input, Select, type FormProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import type { LeadSource, LeadStage } from '../../gql/graphql';
import type { Taxonomy } from '../enterprises/use-taxonomy';
import { ALL_STAGES, LEAD_SOURCES } from './stages';
import type { OwnerOption } from './use-owner-options';

export interface LeadSearch {
  search?: string;
  stage?: LeadStage;
  ownerId?: string;
  industryCode?: string;
  chainSegment?: string;
  parkId?: string;
  source?: LeadSource;
  overdue?: boolean;
  enquiryOverdue?: boolean;
  shortfall?: boolean;
  atRisk?: boolean;
  expansionIntent?: boolean;
  aftercareOverdue?: boolean;
}

/** The search form's values as the API's LeadFilter fields (a cleared box is no filter, not `false`). */
export const leadFilters = ({
  search,
  stage,
  ownerId,
  industryCode,
  chainSegment,
  parkId,
  source,
  overdue,
  enquiryOverdue,
  shortfall,
  atRisk,
  expansionIntent,
  aftercareOverdue,
}: LeadSearch) => [
  { field: 'search', operator: 'contains' as const, value: search },
  { field: 'stage', operator: 'eq' as const, value: stage },
  { field: 'ownerId', operator: 'eq' as const, value: ownerId },
  { field: 'industryCode', operator: 'eq' as const, value: industryCode },
  { field: 'chainSegment', operator: 'eq' as const, value: chainSegment },
  { field: 'parkId', operator: 'eq' as const, value: parkId },
  { field: 'source', operator: 'eq' as const, value: source },
  { field: 'overdue', operator: 'eq' as const, value: overdue || undefined },
  { field: 'enquiryOverdue', operator: 'eq' as const, value: enquiryOverdue || undefined },
  { field: 'shortfall', operator: 'eq' as const, value: shortfall || undefined },
  { field: 'atRisk', operator: 'eq' as const, value: atRisk || undefined },
  { field: 'expansionIntent', operator: 'eq' as const, value: expansionIntent || undefined },
  { field: 'aftercareOverdue', operator: 'eq' as const, value: aftercareOverdue || undefined },
];

interface Props {
  formProps: FormProps<LeadSearch>;
  taxonomy: Taxonomy;
  owners: OwnerOption[];
  /** The kanban shows every stage as a column: no stage filter there. */
  withStage: boolean;
}

export const LeadFilters = ({ formProps, taxonomy, owners, withStage }: Props) => {
  const { t } = useTranslation();
  const f = useFormat();
  const submit = () => formProps.form?.submit();
  const select = { allowClear: true, style: { width: 170 }, placeholder: t('leads.filters.all'), onChange: submit };
  return (
    <Form {...formProps} name="lead-filters" layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
      <Form.Item label={t('leads.filters.search')} name="search">
        <Input.Search allowClear style={{ width: 220 }} onSearch={submit} />
      </Form.Item>
      {withStage && (
        <Form.Item label={t('leads.filters.stage')} name="stage">
          <Select {...select} options={ALL_STAGES.map((s) => ({ value: s, label: t(`leads.stages.${s}`) }))} />
        </Form.Item>
      )}
      <Form.Item label={t('leads.filters.owner')} name="ownerId">
        <Select {...select} options={owners} />
      </Form.Item>
      <Form.Item label={t('leads.filters.industry')} name="industryCode">
        <Select
          {...select}
          onChange={() => {
            formProps.form?.setFieldValue('chainSegment', undefined);
            submit();
          }}
          showSearch
          optionFilterProp="label"
          options={taxonomy.industries.map((i) => ({ value: i.code, label: f.pick(i.name, i.nameEn) }))}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['industryCode']}>
        {({ getFieldValue }) => {
          const segments = taxonomy.segmentsOf(getFieldValue('industryCode'));
          return segments.length ? (
            <Form.Item label={t('leads.filters.chainSegment')} name="chainSegment">
              <Select {...select} options={segments.map((s) => ({ value: s.code, label: f.pick(s.name, s.nameEn) }))} />
            </Form.Item>
          ) : null;
        }}
      </Form.Item>
      <Form.Item label={t('leads.filters.park')} name="parkId">
        <Select
          {...select}
          showSearch
          optionFilterProp="label"
          options={taxonomy.parks.map((p) => ({ value: p.id, label: f.pick(p.name, p.nameEn) }))}
        />
      </Form.Item>
      <Form.Item label={t('leads.filters.source')} name="source">
        <Select {...select} options={LEAD_SOURCES.map((s) => ({ value: s, label: t(`leads.sources.${s}`) }))} />
      </Form.Item>
      <Form.Item name="overdue" valuePropName="checked">
        <Checkbox onChange={submit}>{t('leads.filters.overdue')}</Checkbox>
      </Form.Item>
      <Form.Item name="enquiryOverdue" valuePropName="checked">
        <Checkbox onChange={submit}>{t('leads.filters.enquiryOverdue')}</Checkbox>
      </Form.Item>
      {(['aftercareOverdue', 'shortfall', 'atRisk', 'expansionIntent'] as const).map((name) => (
        <Form.Item key={name} name={name} valuePropName="checked">
          <Checkbox onChange={submit}>{t(`leads.filters.${name}`)}</Checkbox>
        </Form.Item>
      ))}
    </Form>
  );
};
