import { useLogin } from '@refinedev/core';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AuthCard } from '../../components/auth-card';
import type { LoginParams } from '../../providers/auth-provider';

/** Email + password; a refusal shows the server's (localized) message. */
export const LoginPage = () => {
  const { t } = useTranslation();
  const { mutate: login, isPending, data } = useLogin<LoginParams>();
  const error = data && !data.success ? data.error : undefined;
  return (
    <AuthCard title={t('pages.login.title')} lead={t('app.subtitle')}>
      {error && <Alert type="error" showIcon message={error.name} description={error.message} />}
      <Form<LoginParams> layout="vertical" requiredMark={false} onFinish={(values) => login(values)}>
        <Form.Item
          name="email"
          label={t('pages.login.fields.email')}
          rules={[
            { required: true, message: t('pages.login.errors.requiredEmail') },
            { type: 'email', message: t('pages.login.errors.validEmail') },
          ]}
        >
          <Input autoComplete="username" inputMode="email" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('pages.login.fields.password')}
          rules={[{ required: true, message: t('pages.login.errors.requiredPassword') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={isPending}>
          {t('pages.login.signin')}
        </Button>
      </Form>
      <Typography.Text>
        {t('register.noAccount')}{' '}
        <Link to="/register" style={{ textDecoration: 'underline' }}>
          {t('register.toRegister')}
        </Link>
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('pages.login.demoHint')}
      </Typography.Text>
    </AuthCard>
  );
};
