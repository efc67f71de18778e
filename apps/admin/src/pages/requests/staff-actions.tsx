import { useGetIdentity } from '@refinedev/core';
import { Alert, App, Button, Flex, Popconfirm, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestQuery } from '../../gql/graphql';
import type { User } from '../../graphql/types';
import { errorText } from '../../providers/api-error';
import { useGqlMutation } from '../../providers/use-gql';
import {
  ASSIGN_REQUEST_MUTATION,
  CLOSE_REQUEST_MUTATION,
  REOPEN_REQUEST_MUTATION,
  RESOLVE_REQUEST_MUTATION,
} from './queries';
import { requestActions } from './request-model';
import { useStaffOptions } from './use-staff-options';

type Request = RequestQuery['request'];

/**
 * 指派 (any staff member picks a colleague from `staffMembers`, or takes it: 指派给我), 标记已解决,
 * 关闭 and 重新打开 (a new response deadline).
 */
export const StaffActions = ({ request }: { request: Request }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data: user } = useGetIdentity<User>();
  const [failure, setFailure] = useState<string | null>(null);
  const staff = useStaffOptions();
  const assign = useGqlMutation(ASSIGN_REQUEST_MUTATION, { invalidates: ['requests'] });
  const resolve = useGqlMutation(RESOLVE_REQUEST_MUTATION, { invalidates: ['requests'] });
  const close = useGqlMutation(CLOSE_REQUEST_MUTATION, { invalidates: ['requests'] });
  const reopen = useGqlMutation(REOPEN_REQUEST_MUTATION, { invalidates: ['requests'] });
  const can = requestActions(request.status, true);
  const act = async (run: () => Promise<unknown>, done: string) => {
    setFailure(null);
    try {
      await run();
      void message.success(done);
    } catch (error) {
      setFailure(errorText(error, t('requests.conflict')));
    }
  };
  const assignTo = (ownerId: string) =>
    act(() => assign.run({ id: request.id, version: request.version, ownerId }), t('requests.assigned'));
  return (
    <Flex vertical gap={8}>
      <Flex wrap gap={8} align="center">
        {request.status !== 'CLOSED' && (
          <Select
            showSearch
            optionFilterProp="label"
            aria-label={t('requests.assignee')}
            style={{ minWidth: 180 }}
            placeholder={t('requests.assigneePlaceholder')}
            value={request.ownerId ?? undefined}
            options={staff.options}
            loading={staff.isLoading || assign.pending}
            onChange={(ownerId: string) => void assignTo(ownerId)}
          />
        )}
        {user && request.ownerId !== user.id && request.status !== 'CLOSED' && (
          <Button loading={assign.pending} onClick={() => void assignTo(user.id)}>
            {t('requests.actions.assignToMe')}
          </Button>
        )}
        {can.resolve && (
          <Popconfirm
            title={t('requests.resolveConfirm')}
            onConfirm={() =>
              act(() => resolve.run({ id: request.id, version: request.version }), t('requests.resolved'))
            }
          >
            <Button type="primary" loading={resolve.pending}>
              {t('requests.actions.resolve')}
            </Button>
          </Popconfirm>
        )}
        {can.close && (
          <Popconfirm
            title={t('requests.closeConfirm')}
            onConfirm={() => act(() => close.run({ id: request.id, version: request.version }), t('requests.closed'))}
          >
            <Button loading={close.pending}>{t('requests.actions.close')}</Button>
          </Popconfirm>
        )}
        {can.reopen && (
          <Popconfirm
            title={t('requests.reopen.confirm')}
            onConfirm={() =>
              act(() => reopen.run({ id: request.id, version: request.version }), t('requests.reopen.done'))
            }
          >
            <Button loading={reopen.pending}>{t('requests.reopen.action')}</Button>
          </Popconfirm>
        )}
      </Flex>
      {failure && <Alert type="error" showIcon message={failure} />}
    </Flex>
  );
};
