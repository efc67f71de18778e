import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AuthCard } from '../../components/auth-card';
import { labelledFault } from '../../format/fault-text';
import { DEFAULT_LOCALE, isLocale } from '../../i18n/locale';
import { startSession } from '../../providers/session';
import { errorText, formFieldErrors } from '../../providers/api-error';
import { useGqlMutation } from '../../providers/use-gql';
import { REGISTER_ENTERPRISE_MUTATION } from './queries';
import { checkUscc, normalizeUscc } from './uscc';
import { usccFeedback, type UsccFeedback } from './uscc-feedback';

/** The API's minimum (core/auth/password.ts). */
export const MIN_PASSWORD_LENGTH = 10;

interface RegisterValues {
  uscc: string;
  name: string;
  email: string;
  password: string;
  confirmPassword: string;
}

/**
 * Enterprise sign-up: the USCC is checked in the browser while it is typed (GB 32100-2015 check
 * character), then by the server, whose answer is shown as it comes. After sign-up the user is
 * signed in and lands on its enterprise record.
 */
export const RegisterPage = () => {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
  const [form] = Form.useForm<RegisterValues>();
  const uscc = Form.useWatch('uscc', form);
  // the server's refusal of a code (already registered) replaces the browser's "check character
  // correct" for as long as that code stays in the field
  const [refusedUscc, setRefusedUscc] = useState<{ code: string; message: string } | null>(null);
  const feedback: UsccFeedback =
    refusedUscc && normalizeUscc(uscc ?? '') === refusedUscc.code
      ? { status: 'error', help: refusedUscc.message }
      : usccFeedback(uscc, t);
  const [failure, setFailure] = useState<string | null>(null);
  const register = useGqlMutation(REGISTER_ENTERPRISE_MUTATION, { invalidates: [] });

  const submit = async (values: RegisterValues) => {
    setFailure(null);
    try {
      const { registerEnterprise } = await register.run({
        input: {
          uscc: normalizeUscc(values.uscc),
          name: values.name.trim(),
          email: values.email.trim(),
          password: values.password,
        },
      });
      startSession(registerEnterprise);
      // a fresh load, so every cached answer of the signed-out visitor is gone
      window.location.assign('/enterprises');
    } catch (error) {
      const { fields, unplaced } = formFieldErrors<keyof RegisterValues>(error, new Set(Object.keys(values)));
      const usccFault = fields.find((field) => field.name === 'uscc');
      setRefusedUscc(
        usccFault
          ? {
              code: normalizeUscc(values.uscc),
              // beside the field, the English reason reads as a sentence about the code
              message:
                locale === 'en-US'
                  ? labelledFault(t('register.uscc.thisCode'), usccFault.errors.join(' '), locale)
                  : usccFault.errors.join(' '),
            }
          : null,
      );
      form.setFields(fields.filter((field) => field.name !== 'uscc'));
      // a refusal shown beside its field is not repeated above the form
      setFailure(unplaced ? errorText(error) : null);
    }
  };

  return (
    <AuthCard title={t('register.title')} intro={t('register.intro')} width={480}>
      {failure && <Alert type="error" showIcon message={t('register.errors.failed')} description={failure} />}
      <Form<RegisterValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="uscc"
          label={t('register.fields.uscc')}
          validateStatus={feedback.status}
          help={feedback.help ?? undefined}
          hasFeedback={feedback.status === 'success' || feedback.status === 'error'}
          rules={[
            {
              validator: async (_, value: string | undefined) => {
                if (!value?.trim()) throw new Error(t('register.uscc.required'));
                if (!checkUscc(value).valid) throw new Error(usccFeedback(value, t).help ?? '');
              },
            },
          ]}
        >
          <Input
            maxLength={24}
            autoComplete="off"
            spellCheck={false}
            placeholder={t('register.uscc.placeholder')}
            style={{ fontFamily: 'monospace', textTransform: 'uppercase' }}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('register.fields.name')}
          rules={[{ required: true, whitespace: true, message: t('register.errors.requiredName') }]}
        >
          <Input autoComplete="organization" />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('register.fields.email')}
          rules={[
            { required: true, message: t('register.errors.requiredEmail') },
            { type: 'email', message: t('register.errors.validEmail') },
          ]}
        >
          <Input autoComplete="email" inputMode="email" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('register.fields.password')}
          rules={[
            { required: true, message: t('register.errors.requiredPassword') },
            {
              min: MIN_PASSWORD_LENGTH,
              message: t('register.errors.passwordLength', { min: MIN_PASSWORD_LENGTH }),
            },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('register.fields.confirmPassword')}
          dependencies={['password']}
          rules={[
            { required: true, message: t('register.errors.requiredPassword') },
            ({ getFieldValue }) => ({
              validator: async (_, value: string | undefined) => {
                if (value && value !== getFieldValue('password'))
                  throw new Error(t('register.errors.passwordMismatch'));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={register.pending}>
          {t('register.submit')}
        </Button>
      </Form>
      <Typography.Text>
        {t('register.haveAccount')}{' '}
        <Link to="/login" style={{ textDecoration: 'underline' }}>
          {t('register.toLogin')}
        </Link>
      </Typography.Text>
    </AuthCard>
  );
};
