import { Edit } from '@refinedev/antd';
import { useGo } from '@refinedev/core';
import { Alert, App, Form } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorText, formFieldErrors, isConflict } from '../../providers/api-error';
import { useGqlMutation, useGqlQuery } from '../../providers/use-gql';
import { useTaxonomy } from '../enterprises/use-taxonomy';
import { LeadFormFields } from './lead-form-fields';
import { changedLeadInput, toLeadFormValues, type LeadFormValues } from './lead-values';
import { LEAD_QUERY, UPDATE_LEAD_MUTATION } from './queries';
import { useOwnerOptions } from './use-owner-options';

/** 编辑线索: the same form, saved with the version read; a change by someone else reloads it. */
export const LeadEdit = () => {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const go = useGo();
  const { message } = App.useApp();
  const [form] = Form.useForm<LeadFormValues>();
  const taxonomy = useTaxonomy();
  const { data, isLoading, refetch } = useGqlQuery(LEAD_QUERY, { id }, { resource: 'leads' });
  const lead = data?.lead;
  const owners = useOwnerOptions({ id: lead?.ownerId, name: lead?.ownerName });
  const update = useGqlMutation(UPDATE_LEAD_MUTATION, { invalidates: ['leads'] });
  const [error, setError] = useState<string | null>(null);
  const initial = useMemo(() => (lead ? toLeadFormValues(lead) : null), [lead]);
  useEffect(() => {
    if (initial) form.setFieldsValue(initial);
  }, [initial, form]);

  const submit = async (values: LeadFormValues) => {
    if (!lead || !initial) return;
    setError(null);
    try {
      await update.run({ id, version: lead.version, input: changedLeadInput(initial, values) });
      message.success(t('leads.saved'));
      go({ to: `/leads/${id}` });
    } catch (caught) {
      if (isConflict(caught)) {
        setError(t('leads.conflict'));
        await refetch();
        return;
      }
      const { fields, unplaced } = formFieldErrors<keyof LeadFormValues>(caught);
      form.setFields(fields);
      if (unplaced) setError(errorText(caught));
    }
  };

  return (
    <Edit
      resource="leads"
      recordItemId={id}
      isLoading={isLoading}
      title={t('leads.titles.edit')}
      canDelete={false}
      saveButtonProps={{ onClick: () => form.submit(), loading: update.pending, children: t('leads.actions.save') }}
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} role="alert" />}
      <Form<LeadFormValues> form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <LeadFormFields form={form} taxonomy={taxonomy} owners={owners.options} withCommitments />
      </Form>
    </Edit>
  );
};
