import { Create } from '@refinedev/antd';
import { Form } from 'antd';
import { useMemo } from 'react';
import { useGqlMutation } from '../../providers/use-gql';
import { emptyPolicy, toPolicyInput, type PolicyFormValues } from './form-values';
import { PolicyEditor } from './policy-editor';
import { CREATE_POLICY_MUTATION } from './queries';

/** A new policy, saved as version 1 DRAFT; then its page opens (publish from there). */
export const PolicyCreate = () => {
  const [form] = Form.useForm<PolicyFormValues>();
  const create = useGqlMutation(CREATE_POLICY_MUTATION, { invalidates: ['policies'] });
  const initialValues = useMemo(() => emptyPolicy(), []);

  const save = async (values: PolicyFormValues) => {
    const { createPolicy } = await create.run({ input: toPolicyInput(values) });
    return createPolicy.id;
  };

  return (
    <Create saveButtonProps={{ onClick: () => form.submit(), loading: create.pending }}>
      <PolicyEditor form={form} initialValues={initialValues} save={save} />
    </Create>
  );
};
