import { Alert, App, Form, Modal, Select, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role, UpdateUserInput, UsersQuery } from '../../gql/graphql';
import { isConflict, errorText, formFieldErrors } from '../../providers/api-error';
import { useGqlMutation, useInvalidateResources } from '../../providers/use-gql';
import { NameItem } from './account-items';
import { UPDATE_USER_MUTATION } from './queries';

type UserRow = UsersQuery['users']['edges'][number]['node'];
const STAFF_ROLES: readonly Role[] = ['ADMIN', 'BUREAU_STAFF'];
const FIELDS = new Set<string>(['name', 'role', 'active']);

/**
 * An admin renames an account, moves a colleague between the staff roles or disables it (which
 * signs it out everywhere). An enterprise account keeps its role. An edit over someone else's
 * answers CONFLICT: the list reloads and the admin edits the current values.
 */
export const UserEditModal = ({ user, onClose }: { user: UserRow | null; onClose: () => void }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<UpdateUserInput>();
  const [failure, setFailure] = useState<string | null>(null);
  const update = useGqlMutation(UPDATE_USER_MUTATION, { invalidates: ['users'] });
  const invalidate = useInvalidateResources();

  const close = () => {
    setFailure(null);
    onClose();
  };

  const save = async (values: UpdateUserInput) => {
    if (!user) return;
    setFailure(null);
    try {
      await update.run({ id: user.id, version: user.version, input: { ...values, name: values.name?.trim() } });
      void message.success(t('users.edit.saved'));
      close();
    } catch (caught) {
      if (isConflict(caught)) {
        // Someone changed the account meanwhile: reload the list and let the admin start again.
        void message.warning(t('users.edit.conflict'));
        await invalidate(['users']);
        close();
        return;
      }
      const { fields, unplaced } = formFieldErrors<keyof UpdateUserInput>(caught, FIELDS);
      form.setFields(fields);
      if (unplaced) setFailure(errorText(caught));
    }
  };

  const staff = user ? STAFF_ROLES.includes(user.role) : false;
  return (
    <Modal
      open={user !== null}
      title={t('users.edit.title', { email: user?.email ?? '' })}
      okText={t('buttons.save')}
      cancelText={t('buttons.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={update.pending}
      destroyOnHidden
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
      {user && (
        <Form<UpdateUserInput>
          form={form}
          layout="vertical"
          initialValues={{ name: user.name, role: user.role, active: user.active }}
          onFinish={(values) => void save(values)}
        >
          <NameItem />
          <Form.Item
            name="role"
            label={t('users.fields.role')}
            extra={staff ? undefined : t('users.edit.enterpriseRole')}
          >
            <Select
              disabled={!staff}
              options={(staff ? STAFF_ROLES : [user.role]).map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="active"
            label={t('users.fields.active')}
            valuePropName="checked"
            extra={t('users.edit.disableHint')}
          >
            <Switch checkedChildren={t('users.states.active')} unCheckedChildren={t('users.states.disabled')} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
};
