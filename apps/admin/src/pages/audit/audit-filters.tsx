import { DatePicker, Form, Select, type FormProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useStaffOptions } from '../requests/use-staff-options';
import { actionLabel, AUDITED_ENTITIES, entityLabel, KNOWN_ACTIONS } from './audit-labels';

export interface AuditSearch {
  actorId?: string;
  entity?: string;
  action?: string;
  period?: [Dayjs | null, Dayjs | null] | null;
}

/** Who (a staff member, or the account the users page linked from), what, on which record, when. */
export const AuditFilters = ({
  formProps,
  linkedActor,
}: {
  formProps: FormProps<AuditSearch>;
  linkedActor?: { id: string; label: string };
}) => {
  const { t } = useTranslation();
  const staff = useStaffOptions();
  const submit = () => formProps.form?.submit();
  const actors =
    linkedActor && !staff.options.some((option) => option.value === linkedActor.id)
      ? [{ value: linkedActor.id, label: linkedActor.label }, ...staff.options]
      : staff.options;
  return (
    <Form {...formProps} name="audit-filters" layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
      <Form.Item label={t('audit.fields.actor')} name="actorId">
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          loading={staff.isLoading}
          style={{ width: 200 }}
          placeholder={t('audit.filters.all')}
          onChange={submit}
          options={actors}
        />
      </Form.Item>
      <Form.Item label={t('audit.fields.entity')} name="entity">
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('audit.filters.all')}
          onChange={submit}
          options={AUDITED_ENTITIES.map((entity) => ({ value: entity, label: entityLabel(t, entity) }))}
        />
      </Form.Item>
      <Form.Item label={t('audit.fields.action')} name="action">
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ width: 200 }}
          placeholder={t('audit.filters.all')}
          onChange={submit}
          options={KNOWN_ACTIONS.map((action) => ({ value: action, label: actionLabel(t, action) }))}
        />
      </Form.Item>
      <Form.Item label={t('audit.fields.period')} name="period">
        <DatePicker.RangePicker
          allowEmpty={[true, true]}
          onChange={submit}
          placeholder={[t('audit.filters.from'), t('audit.filters.to')]}
        />
      </Form.Item>
    </Form>
  );
};
