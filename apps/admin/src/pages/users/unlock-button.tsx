import { UnlockOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../providers/api-error';
import { useGqlMutation } from '../../providers/use-gql';
import { UNLOCK_USER_MUTATION } from './queries';

/**
 * Resets an account's sign-in lockout (too many failed sign-ins), after a confirmation. The API
 * allows it to admins only; the page is theirs alone.
 */
export const UnlockButton = ({ user }: { user: { id: string; email: string } }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const unlock = useGqlMutation(UNLOCK_USER_MUTATION, { invalidates: ['users'] });
  const run = async () => {
    try {
      await unlock.run({ id: user.id });
      void message.success(t('users.unlock.done', { email: user.email }));
    } catch (caught) {
      void message.error(errorText(caught));
    }
  };
  return (
    <Popconfirm
      title={t('users.unlock.confirmTitle')}
      description={t('users.unlock.confirm', { email: user.email })}
      okText={t('users.unlock.action')}
      cancelText={t('buttons.cancel')}
      onConfirm={run}
    >
      <Button
        size="small"
        icon={<UnlockOutlined />}
        loading={unlock.pending}
        aria-label={t('users.unlock.actionFor', { email: user.email })}
      >
        {t('users.unlock.action')}
      </Button>
    </Popconfirm>
  );
};
