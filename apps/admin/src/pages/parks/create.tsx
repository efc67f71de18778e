import { Create } from '@refinedev/antd';
import { useGo } from '@refinedev/core';
import { Alert, App, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateParkInput } from '../../gql/graphql';
import { errorText, formFieldErrors } from '../../providers/api-error';
import { useGqlMutation } from '../../providers/use-gql';
import { NEW_PARK, ParkForm, type ParkFormValues } from './park-form';
import { CREATE_PARK_MUTATION } from './park-mutations';

/** Admins add a park, zone or incubation carrier. */
export const ParkCreate = () => {
  const { t } = useTranslation();
  const go = useGo();
  const { message } = App.useApp();
  const [form] = Form.useForm<ParkFormValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const create = useGqlMutation(CREATE_PARK_MUTATION, { invalidates: ['parks'] });

  const save = async (values: ParkFormValues) => {
    setFailure(null);
    const input: CreateParkInput = { ...values, parentCode: values.parentCode ?? null };
    try {
      const { createPark } = await create.run({ input });
      void message.success(t('parks.editor.created'));
      go({ to: `/parks/${createPark.id}` });
    } catch (caught) {
      form.setFields(formFieldErrors<keyof ParkFormValues>(caught).fields);
      setFailure(errorText(caught));
    }
  };

  return (
    <Create
      resource="parks"
      title={t('parks.titles.create')}
      saveButtonProps={{ onClick: () => form.submit(), loading: create.pending }}
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
      <ParkForm form={form} initialValues={NEW_PARK} onFinish={save} />
    </Create>
  );
};
