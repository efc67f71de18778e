import { CheckCircleOutlined, StopOutlined } from '@ant-design/icons';
import { useCan } from '@refinedev/core';
import { App, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorText, isApiError } from '../../providers/api-error';
import { useGqlMutation } from '../../providers/use-gql';
import { PUBLISH_POLICY_MUTATION, RETIRE_POLICY_MUTATION } from './queries';
import type { PolicyStatus } from './types';

export interface LifecycleActionsProps {
  id: string;
  status: PolicyStatus;
  /** After a publish or retire went through. */
  onChanged: () => void;
  /** The server refused (failing test cases, wrong status). */
  onRefused: (error: ApiError) => void;
  /** Runs before publishing (e.g. saving the editor); returning false stops. */
  beforePublish?: () => Promise<boolean>;
}

/** Publish (a draft) and retire (a published version), each after a confirmation; ADMIN only. */
export const LifecycleActions = ({ id, status, onChanged, onRefused, beforePublish }: LifecycleActionsProps) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const publish = useGqlMutation(PUBLISH_POLICY_MUTATION, { invalidates: ['policies'] });
  const retire = useGqlMutation(RETIRE_POLICY_MUTATION, { invalidates: ['policies'] });
  const { data: can } = useCan({ resource: 'policies', action: 'edit' });
  const [busy, setBusy] = useState<'publish' | 'retire' | null>(null);
  if (!can?.can) return null;

  const run = async (action: 'publish' | 'retire') => {
    setBusy(action);
    try {
      if (action === 'publish' && beforePublish && !(await beforePublish())) return;
      await (action === 'publish' ? publish : retire).run({ id });
      void message.success(t(action === 'publish' ? 'policies.actions.published' : 'policies.actions.retired'));
      onChanged();
    } catch (error) {
      onRefused(isApiError(error) ? error : new ApiError('INTERNAL', errorText(error)));
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      {status === 'DRAFT' && (
        <Popconfirm
          title={t('policies.actions.publishConfirmTitle')}
          description={t('policies.actions.publishConfirm')}
          okText={t('policies.actions.publish')}
          cancelText={t('buttons.cancel')}
          onConfirm={() => run('publish')}
        >
          <Button type="primary" icon={<CheckCircleOutlined />} loading={busy === 'publish'}>
            {t('policies.actions.publish')}
          </Button>
        </Popconfirm>
      )}
      {status === 'PUBLISHED' && (
        <Popconfirm
          title={t('policies.actions.retireConfirmTitle')}
          description={t('policies.actions.retireConfirm')}
          okText={t('policies.actions.retire')}
          okButtonProps={{ danger: true }}
          cancelText={t('buttons.cancel')}
          onConfirm={() => run('retire')}
        >
          <Button danger icon={<StopOutlined />} loading={busy === 'retire'}>
            {t('policies.actions.retire')}
          </Button>
        </Popconfirm>
      )}
    </>
  );
};
