import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateUserInput, Role } from '../../gql/graphql';
import { errorText, formFieldErrors } from '../../providers/api-error';
import { useGqlMutation } from '../../providers/use-gql';
import { NameItem, NewPasswordItem } from './account-items';
import { CREATE_USER_MUTATION } from './queries';

export const ROLES: readonly Role[] = ['ADMIN', 'BUREAU_STAFF', 'ENTERPRISE'];
const FIELDS = new Set<string>(['email', 'password', 'name', 'role']);

/** An admin adds an account; the server's refusals show next to their fields. */
export const UserCreateModal = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateUserInput>();
  const [failure, setFailure] = useState<string | null>(null);
  const create = useGqlMutation(CREATE_USER_MUTATION, { invalidates: ['users'] });

  const close = () => {
    form.resetFields();
    setFailure(null);
    onClose();
  };

  const save = async (values: CreateUserInput) => {
    setFailure(null);
    try {
      await create.run({ input: { ...values, email: values.email.trim(), name: values.name.trim() } });
      void message.success(t('users.form.created'));
      close();
    } catch (caught) {
      const { fields, unplaced } = formFieldErrors<keyof CreateUserInput>(caught, FIELDS);
      form.setFields(fields);
      if (!unplaced) return;
      setFailure(errorText(caught));
    }
  };

  return (
    <Modal
      open={open}
      title={t('users.titles.create')}
      okText={t('users.form.submit')}
      cancelText={t('users.form.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={create.pending}
      destroyOnHidden
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
      <Form<CreateUserInput> form={form} layout="vertical" onFinish={(values) => void save(values)}>
        <Form.Item
          name="email"
          label={t('users.fields.email')}
          rules={[
            { required: true, message: t('users.form.requiredEmail') },
            { type: 'email', message: t('users.form.validEmail') },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <NameItem />
        <NewPasswordItem name="password" label={t('users.fields.password')} />
        <Form.Item
          name="role"
          label={t('users.fields.role')}
          rules={[{ required: true, message: t('users.form.requiredRole') }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
};
