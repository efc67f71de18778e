import { Edit } from '@refinedev/antd';
import { useShow } from '@refinedev/core';
import { Alert, Form } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import { useGqlMutation } from '../../providers/use-gql';
import { toFormValues, toPolicyInput, type PolicyFormValues } from './form-values';
import { PolicyEditor } from './policy-editor';
import { POLICY_QUERY, UPDATE_POLICY_MUTATION } from './queries';
import type { PolicyDetail } from './types';

/**
 * Edits a policy: a draft in place; a published (or retired) version is never changed, so saving
 * writes the code's draft, opening the next version when there is none.
 */
export const PolicyEdit = () => {
  const { t } = useTranslation();
  const f = useFormat();
  const [form] = Form.useForm<PolicyFormValues>();
  const update = useGqlMutation(UPDATE_POLICY_MUTATION, { invalidates: ['policies'] });
  const { result: policy, query } = useShow<PolicyDetail>({
    resource: 'policies',
    meta: { gqlQuery: POLICY_QUERY },
    queryOptions: { refetchOnWindowFocus: false },
  });
  // Read once per version: a refetch (window focus, invalidation) must not reset what is being edited.
  const initialValues = useMemo(() => (policy ? toFormValues(policy) : null), [policy?.id]);

  const save = async (values: PolicyFormValues) => {
    if (!policy) throw new Error(t('errors.unknown'));
    const { updatePolicy } = await update.run({
      id: policy.id,
      input: toPolicyInput(values),
      rowVersion: policy.rowVersion,
    });
    return updatePolicy.id;
  };

  const versioned = policy && policy.status !== 'DRAFT';
  const draft = policy?.versions.find((version) => version.status === 'DRAFT');
  return (
    <Edit
      isLoading={query.isLoading}
      title={
        policy
          ? t('policies.titles.editOf', { title: f.pick(policy.title, policy.titleEn), version: policy.version })
          : undefined
      }
      canDelete={false}
      saveButtonProps={{ onClick: () => form.submit(), loading: update.pending, disabled: !policy }}
    >
      {query.isError && <Alert type="error" showIcon message={query.error.message} />}
      {policy && initialValues && (
        <PolicyEditor
          key={policy.id}
          form={form}
          initialValues={initialValues}
          save={save}
          codeLocked={policy.versions.length > 1 || policy.status !== 'DRAFT'}
          notice={
            versioned && (
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 16 }}
                message={
                  draft
                    ? t('policies.editor.savesToDraft', { version: draft.version })
                    : t('policies.editor.savesNextVersion', {
                        version: Math.max(...policy.versions.map((version) => version.version)) + 1,
                      })
                }
              />
            )
          }
        />
      )}
    </Edit>
  );
};
