import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/** The API's minimum (MIN_PASSWORD_LENGTH); the server checks it again. */
export const MIN_PASSWORD_LENGTH = 10;

/** A person's display name, as every account form asks it. */
export const NameItem = () => {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="name"
      label={t('users.fields.name')}
      rules={[{ required: true, whitespace: true, message: t('users.form.requiredName') }]}
    >
      <Input maxLength={100} />
    </Form.Item>
  );
};

/** A new password (an account's first, or one an admin resets), with the API's length rule. */
export const NewPasswordItem = ({ name, label }: { name: string; label: string }) => {
  const { t } = useTranslation();
  return (
    <Form.Item
      name={name}
      label={label}
      rules={[
        { required: true, message: t('users.form.requiredPassword') },
        { min: MIN_PASSWORD_LENGTH, message: t('users.form.passwordLength', { count: MIN_PASSWORD_LENGTH }) },
      ]}
    >
      <Input.Password autoComplete="new-password" maxLength={200} />
    </Form.Item>
  );
};
