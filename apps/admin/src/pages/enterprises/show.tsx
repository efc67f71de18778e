import { Show } from '@refinedev/antd';
import { useGetIdentity } from '@refinedev/core';
import { Alert, App, Button, Descriptions, Popconfirm, Space, Tabs, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { SampleTag } from '../../components/sample-tag';
import { useFormat } from '../../format/use-format';
import type { User } from '../../graphql/types';
import { errorText } from '../../providers/api-error';
import { useGqlMutation, useGqlQuery } from '../../providers/use-gql';
import { ProfileHistory } from './history';
import { ProfileView } from './profile-view';
import { ENTERPRISE_QUERY, VERIFY_ENTERPRISE_FACTS_MUTATION } from './queries';
import { useTaxonomy } from './use-taxonomy';

/**
 * One enterprise for staff: the profile with each fact's source (and verify buttons), its history,
 * and its placement applications (`applications`, when given).
 */
export const EnterpriseShow = ({ applications }: { applications?: (enterpriseId: string) => ReactNode }) => {
  const { t } = useTranslation();
  const f = useFormat();
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const taxonomy = useTaxonomy();
  const { data: user } = useGetIdentity<User>();
  const staff = user?.role === 'ADMIN' || user?.role === 'BUREAU_STAFF';
  const { data, isLoading, error } = useGqlQuery(ENTERPRISE_QUERY, { id }, { resource: 'enterprises' });
  const verify = useGqlMutation(VERIFY_ENTERPRISE_FACTS_MUTATION, { invalidates: ['enterprises'] });
  const enterprise = data?.enterprise;

  const runVerify = async (facts: string[]) => {
    if (!enterprise) return;
    try {
      await verify.run({ id: enterprise.id, version: enterprise.version, facts });
      void message.success(t('enterprises.verify.done'));
    } catch (caught) {
      void message.error(errorText(caught, t('enterprises.profile.conflict')));
    }
  };
  const unverified = enterprise
    ? enterprise.factMeta.filter((meta) => meta.source !== 'VERIFIED').map((meta) => meta.fact)
    : [];

  return (
    <Show
      resource="enterprises"
      recordItemId={id}
      isLoading={isLoading}
      title={enterprise?.name ?? t('enterprises.titles.show')}
      canDelete={false}
      headerButtons={({ defaultButtons }) => (
        <>
          {staff && (
            <Popconfirm
              title={t('enterprises.verify.confirmAll')}
              onConfirm={() => void runVerify(unverified)}
              disabled={unverified.length === 0}
            >
              <Button disabled={unverified.length === 0} loading={verify.pending}>
                {unverified.length ? t('enterprises.verify.all') : t('enterprises.verify.nothing')}
              </Button>
            </Popconfirm>
          )}
          {defaultButtons}
        </>
      )}
    >
      {error && <Alert type="error" showIcon message={error.message} />}
      {enterprise && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2, xl: 3 }}
            items={[
              {
                key: 'uscc',
                label: t('enterprises.fields.uscc'),
                children: (
                  <Typography.Text code copyable>
                    {enterprise.uscc}
                  </Typography.Text>
                ),
              },
              {
                key: 'contactName',
                label: t('enterprises.fields.contactName'),
                children: enterprise.contactName ?? t('common.none'),
              },
              {
                key: 'contactPhone',
                label: t('enterprises.fields.contactPhone'),
                children: enterprise.contactPhone ?? t('common.none'),
              },
              {
                key: 'contactEmail',
                label: t('enterprises.fields.contactEmail'),
                children: enterprise.contactEmail ?? t('common.none'),
              },
              {
                key: 'address',
                label: t('enterprises.fields.address'),
                children: enterprise.address ?? t('common.none'),
              },
              {
                key: 'state',
                label: t('enterprises.fields.updatedAt'),
                children: (
                  <Space size={4} wrap>
                    {f.dateTime(enterprise.updatedAt)}
                    {enterprise.sample && <SampleTag />}
                    {enterprise.missingFacts.length > 0 ? (
                      <Tag color="orange">
                        {t('enterprises.profile.missingCount', { count: enterprise.missingFacts.length })}
                      </Tag>
                    ) : (
                      <Tag color="green">{t('enterprises.profile.complete')}</Tag>
                    )}
                  </Space>
                ),
              },
            ]}
          />
          <Tabs
            items={[
              {
                key: 'profile',
                label: t('enterprises.tabs.profile'),
                children: (
                  <ProfileView
                    enterprise={enterprise}
                    taxonomy={taxonomy}
                    onVerify={staff ? (facts) => void runVerify(facts) : undefined}
                    verifying={verify.pending}
                  />
                ),
              },
              {
                key: 'history',
                label: t('enterprises.tabs.history'),
                children: <ProfileHistory enterpriseId={enterprise.id} taxonomy={taxonomy} />,
              },
              ...(applications
                ? [
                    {
                      key: 'applications',
                      label: t('enterprises.tabs.applications'),
                      children: applications(enterprise.id),
                    },
                  ]
                : []),
            ]}
          />
        </Space>
      )}
    </Show>
  );
};
