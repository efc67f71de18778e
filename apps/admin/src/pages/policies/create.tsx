import { Create } from '@refinedev/antd';
import { useInvalidate } from '@refinedev/core';
import { Form } from 'antd';
import { useMemo, useState } from 'react';
import { emptyPolicy, toPolicyInput, type PolicyFormValues } from './form-values';
import { policyMutation } from './policy-api';
import { PolicyEditor } from './policy-editor';
import { CREATE_POLICY_MUTATION } from './queries';

/** A new policy, saved as version 1 DRAFT; then its page opens (publish from there). */
export const PolicyCreate = () => {
  const [form] = Form.useForm<PolicyFormValues>();
  const invalidate = useInvalidate();
  const [saving, setSaving] = useState(false);
  const initialValues = useMemo(() => emptyPolicy(), []);

  const save = async (values: PolicyFormValues) => {
    setSaving(true);
    try {
      const { createPolicy } = await policyMutation(CREATE_POLICY_MUTATION, { input: toPolicyInput(values) });
      await invalidate({ resource: 'policies', invalidates: ['list'] });
      return createPolicy.id;
    } finally {
      setSaving(false);
    }
  };

  return (
    <Create saveButtonProps={{ onClick: () => form.submit(), loading: saving }}>
      <PolicyEditor form={form} initialValues={initialValues} save={save} />
    </Create>
  );
};
