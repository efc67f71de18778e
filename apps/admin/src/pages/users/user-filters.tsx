import { Form, Input, Select, type FormProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../gql/graphql';
import { ROLES } from './user-form';

export interface UserSearch {
  search?: string;
  role?: Role;
  active?: boolean;
}

/** Search by email or name, narrow by role and state; all run on the server (UserFilter). */
export const UserFilters = ({ formProps }: { formProps: FormProps<UserSearch> }) => {
  const { t } = useTranslation();
  const submit = () => formProps.form?.submit();
  return (
    <Form {...formProps} name="user-filters" layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
      <Form.Item label={t('users.filters.search')} name="search">
        <Input.Search
          allowClear
          placeholder={t('users.filters.searchPlaceholder')}
          onSearch={submit}
          style={{ width: 240 }}
        />
      </Form.Item>
      <Form.Item label={t('users.fields.role')} name="role">
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('users.filters.all')}
          onChange={submit}
          options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('users.filters.state')} name="active">
        <Select
          allowClear
          style={{ width: 120 }}
          placeholder={t('users.filters.all')}
          onChange={submit}
          options={[
            { value: true, label: t('users.states.active') },
            { value: false, label: t('users.states.disabled') },
          ]}
        />
      </Form.Item>
    </Form>
  );
};
