import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, formFieldErrors } from '../../providers/api-error';
import { useGqlMutation } from '../../providers/use-gql';
import { RESET_USER_PASSWORD_MUTATION } from './queries';
import { NewPasswordItem } from './account-items';

interface ResetValues {
  newPassword: string;
  repeat: string;
}

/** An admin sets a new password for someone who forgot theirs; every session of that account ends. */
export const ResetPasswordModal = ({
  user,
  onClose,
}: {
  user: { id: string; email: string } | null;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ResetValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const reset = useGqlMutation(RESET_USER_PASSWORD_MUTATION, { invalidates: ['users'] });

  const close = () => {
    setFailure(null);
    onClose();
  };

  const save = async ({ newPassword }: ResetValues) => {
    if (!user) return;
    setFailure(null);
    try {
      await reset.run({ id: user.id, newPassword });
      void message.success(t('users.reset.done', { email: user.email }));
      close();
    } catch (caught) {
      const { fields, unplaced } = formFieldErrors<keyof ResetValues>(caught, new Set(['newPassword']));
      form.setFields(fields);
      if (unplaced) setFailure(errorText(caught));
    }
  };

  return (
    <Modal
      open={user !== null}
      title={t('users.reset.title', { email: user?.email ?? '' })}
      okText={t('users.reset.action')}
      cancelText={t('buttons.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={reset.pending}
      destroyOnHidden
    >
      <Alert type="info" showIcon message={t('users.reset.hint')} style={{ marginBottom: 16 }} />
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
      <Form<ResetValues> form={form} layout="vertical" onFinish={(values) => void save(values)}>
        <NewPasswordItem name="newPassword" label={t('users.reset.newPassword')} />
        <Form.Item
          name="repeat"
          label={t('users.reset.repeat')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('users.reset.repeatRequired') },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('users.reset.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
};
