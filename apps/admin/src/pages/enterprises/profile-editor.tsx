import { SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Form } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { EnterpriseProfileFragment, EnterpriseProfileInput } from '../../gql/graphql';
import { errorText, formFieldErrors, isConflict } from '../../providers/api-error';
import { useGqlMutation } from '../../providers/use-gql';
import { ProfileForm } from './profile-form';
import { toFormValues, toProfileInput, type ProfileFormValues } from './profile-model';
import { UPDATE_ENTERPRISE_PROFILE_MUTATION } from './queries';
import { useTaxonomy } from './use-taxonomy';

/**
 * Edits one enterprise's profile (the enterprise itself or staff). Only changed fields are sent,
 * with the version read: a profile changed meanwhile is refused and the editor says so.
 */
export const ProfileEditor = ({
  enterprise: loaded,
  reload,
  focus,
}: {
  enterprise: EnterpriseProfileFragment;
  /** A field to scroll to and focus on opening (a fact 我的政策 asks for). */
  focus?: string;
  /** Reads the profile again (after a CONFLICT). */
  reload: () => Promise<EnterpriseProfileFragment | null | undefined>;
}) => {
  // The profile as the form was loaded (or last saved): its version goes with the save, so a
  // background refetch can never turn someone else's change into a silent overwrite.
  const [enterprise, setEnterprise] = useState(loaded);
  const { t } = useTranslation();
  const { message } = App.useApp();
  const taxonomy = useTaxonomy();
  const [form] = Form.useForm<ProfileFormValues>();
  const [conflict, setConflict] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const update = useGqlMutation(UPDATE_ENTERPRISE_PROFILE_MUTATION, { invalidates: ['enterprises'] });
  const initialValues = useMemo(() => toFormValues(enterprise), [enterprise]);

  useEffect(() => {
    if (!focus) return;
    // after the form's first render: antd names each input by its field
    const timer = setTimeout(() => {
      form.scrollToField(focus, { block: 'center' });
      form.focusField(focus);
    }, 0);
    return () => clearTimeout(timer);
  }, [focus, form]);

  const save = async (values: ProfileFormValues) => {
    setFailure(null);
    // each fact is converted by its kind (profile-model.ts), so the values fit the input's types
    const input = toProfileInput(initialValues, values) as EnterpriseProfileInput;
    if (Object.keys(input).length === 0) {
      void message.info(t('enterprises.profile.unchanged'));
      return;
    }
    try {
      const { updateEnterpriseProfile } = await update.run({ id: enterprise.id, version: enterprise.version, input });
      setEnterprise(updateEnterpriseProfile);
      void message.success(t('enterprises.profile.saved'));
    } catch (error) {
      if (isConflict(error)) return setConflict(true);
      form.setFields(formFieldErrors<keyof ProfileFormValues>(error).fields);
      setFailure(errorText(error));
    }
  };

  return (
    <>
      {focus && (
        <Alert
          type="info"
          showIcon
          message={t('enterprises.profile.fillForMatching')}
          action={<Link to="/my-policies">{t('enterprises.profile.backToMyPolicies')}</Link>}
          style={{ marginBottom: 16 }}
        />
      )}
      {conflict && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          message={t('enterprises.profile.conflict')}
          action={
            <Button
              size="small"
              onClick={() => {
                void reload().then((fresh) => {
                  if (fresh) setEnterprise(fresh);
                  setConflict(false);
                });
              }}
            >
              {t('enterprises.profile.reload')}
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {failure && (
        <Alert
          type="error"
          showIcon
          message={t('enterprises.profile.failed')}
          description={failure}
          style={{ marginBottom: 16 }}
        />
      )}
      <ProfileForm
        key={`${enterprise.id}:${enterprise.version}`}
        form={form}
        enterprise={enterprise}
        initialValues={initialValues}
        taxonomy={taxonomy}
        onFinish={(values) => void save(values)}
      />
      <Flex justify="flex-end" style={{ position: 'sticky', bottom: 0, padding: '12px 0', background: 'inherit' }}>
        <Button
          type="primary"
          icon={<SaveOutlined />}
          loading={update.pending}
          disabled={conflict}
          onClick={() => form.submit()}
        >
          {t('enterprises.profile.save')}
        </Button>
      </Flex>
    </>
  );
};
