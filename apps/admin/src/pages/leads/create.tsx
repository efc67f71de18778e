import { Create } from '@refinedev/antd';
import { useGo } from '@refinedev/core';
import { Alert, App, Button, Form, Modal, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, formFieldErrors, isConflict } from '../../providers/api-error';
import { useGqlCall, useGqlMutation, useGqlQuery } from '../../providers/use-gql';
import { useTaxonomy } from '../enterprises/use-taxonomy';
import { DuplicateList, hasDuplicates, type Duplicates } from './duplicate-list';
import { LeadFormFields } from './lead-form-fields';
import { toCreateLeadInput, type LeadFormValues } from './lead-values';
import { CREATE_LEAD_MUTATION, LEAD_DUPLICATES_QUERY } from './queries';
import { useDebounced } from './use-debounced';
import { useOwnerOptions } from './use-owner-options';

/** 新建线索: the paper form, with a live duplicate check on the name and the USCC. */
export const LeadCreate = () => {
  const { t } = useTranslation();
  const go = useGo();
  const { message } = App.useApp();
  const [form] = Form.useForm<LeadFormValues>();
  const taxonomy = useTaxonomy();
  const owners = useOwnerOptions();
  const create = useGqlMutation(CREATE_LEAD_MUTATION, { invalidates: ['leads'] });
  const findDuplicates = useGqlCall(LEAD_DUPLICATES_QUERY);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Duplicates | null>(null);

  useEffect(() => {
    // the identity arrives after the first render: the signed-in user owns a new lead unless changed
    if (owners.me && !form.isFieldTouched('ownerId')) form.setFieldValue('ownerId', owners.me);
  }, [owners.me, form]);

  const name = useDebounced((Form.useWatch('companyName', form) ?? '').trim(), 400);
  const uscc = useDebounced((Form.useWatch('uscc', form) ?? '').trim(), 400);
  const live = useGqlQuery(
    LEAD_DUPLICATES_QUERY,
    { companyName: name, uscc: uscc || null },
    { resource: 'leads', enabled: name.length >= 2 || uscc.length === 18 },
  ).data?.leadDuplicates;

  const submit = async (allowDuplicate: boolean) => {
    const values = form.getFieldsValue(true) as LeadFormValues;
    setError(null);
    try {
      const { createLead } = await create.run({ input: toCreateLeadInput(values, allowDuplicate) });
      message.success(t('leads.created'));
      go({ to: `/leads/${createLead.id}` });
    } catch (caught) {
      if (isConflict(caught)) {
        // The API's CONFLICT carries the duplicates; the client's error keeps only fields, so ask again.
        const found = await findDuplicates
          .run({ companyName: values.companyName?.trim() ?? '', uscc: values.uscc?.trim() || null })
          .catch(() => null);
        setConflict(found?.leadDuplicates ?? { leads: [], enterprises: [] });
        return;
      }
      const { fields, unplaced } = formFieldErrors<keyof LeadFormValues>(caught);
      form.setFields(fields);
      if (unplaced) setError(errorText(caught));
    }
  };

  return (
    <Create
      title={t('leads.titles.create')}
      saveButtonProps={{ onClick: () => form.submit(), loading: create.pending, children: t('leads.actions.save') }}
    >
      <Form<LeadFormValues>
        form={form}
        layout="vertical"
        initialValues={{ source: 'OTHER', ownerId: owners.me, targetFlags: [], tags: [], contacts: [] }}
        onFinish={() => void submit(false)}
      >
        {hasDuplicates(live) && (
          <Alert
            type="warning"
            showIcon
            role="status"
            style={{ marginBottom: 16 }}
            message={t('leads.duplicates.warning')}
            description={<DuplicateList duplicates={live} />}
          />
        )}
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
        <LeadFormFields form={form} taxonomy={taxonomy} owners={owners.options} />
      </Form>
      <Modal
        open={conflict !== null}
        title={t('leads.duplicates.conflictTitle')}
        onCancel={() => setConflict(null)}
        footer={
          <Space>
            <Button onClick={() => setConflict(null)}>{t('leads.actions.cancel')}</Button>
            <Button
              type="primary"
              danger
              loading={create.pending}
              onClick={() => {
                setConflict(null);
                void submit(true);
              }}
            >
              {t('leads.duplicates.createAnyway')}
            </Button>
          </Space>
        }
      >
        <Typography.Paragraph>{t('leads.duplicates.conflictText')}</Typography.Paragraph>
        {conflict && <DuplicateList duplicates={conflict} />}
      </Modal>
    </Create>
  );
};
