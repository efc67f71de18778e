import { Show } from '@refinedev/antd';
import { useGetIdentity, useShow } from '@refinedev/core';
import { Alert, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PolicyRuleCard } from './policy-rule/policy-rule-card';
import { useCodeLabels } from './policy-rule/use-code-labels';
import { useFormat } from '../../format/use-format';
import type { MatchRunStatus } from '../../gql/graphql';
import type { User } from '../../graphql/types';
import { LifecycleActions } from './lifecycle-actions';
import { MatchRunProgress } from '../matching/match-run-progress';
import { PolicyQualifiers } from '../matching/policy-qualifiers';
import type { ApiError } from '../../providers/api-error';
import { PolicyStatusTag } from './policy-tags';
import { PublishRefusal } from './publish-refusal';
import { POLICY_QUERY } from './queries';
import { TestCasesTable } from './test-cases-table';
import type { PolicyDetail } from './types';
import { PolicyDetails, usePolicyDetails } from './use-policy-details';
import { VersionsTable } from './versions-table';
import { PolicyTitle } from './policy-title';

/**
 * One policy version. Everyone reads who qualifies and what they get in plain sentences (both
 * languages); staff also see its test cases and versions; an admin edits, publishes and retires.
 */
export const PolicyShow = () => {
  const { t } = useTranslation();
  const f = useFormat();
  const { data: user } = useGetIdentity<User>();
  const isStaff = user?.role === 'ADMIN' || user?.role === 'BUREAU_STAFF';
  // The locale in meta makes the API's sentences (criteriaText, benefitText) follow the language switch.
  const { result: policy, query } = useShow<PolicyDetail>({
    resource: 'policies',
    meta: { gqlQuery: POLICY_QUERY, locale: f.locale },
  });
  const codes = useCodeLabels(f.locale);
  const items = usePolicyDetails(policy, { industry: codes.industryName, park: codes.parkName });
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [runStatus, setRunStatus] = useState<MatchRunStatus>();

  return (
    <Show
      isLoading={query.isLoading}
      title={
        policy ? (
          <Typography.Title level={4} style={{ margin: 0, whiteSpace: 'normal' }}>
            <PolicyTitle title={policy.title} titleEn={policy.titleEn} /> <PolicyStatusTag status={policy.status} />
          </Typography.Title>
        ) : (
          t('policies.titles.show')
        )
      }
      canDelete={false}
      headerButtons={({ defaultButtons }) => (
        <Space wrap>
          {defaultButtons}
          {policy && (
            <LifecycleActions
              id={policy.id}
              status={policy.status}
              onChanged={() => {
                setRefusal(null);
                void query.refetch();
              }}
              onRefused={setRefusal}
            />
          )}
        </Space>
      )}
      canEdit={policy?.status !== 'RETIRED'}
    >
      {query.isError && <Alert type="error" showIcon message={query.error.message} />}
      {refusal && <PublishRefusal error={refusal} onClose={() => setRefusal(null)} />}
      {policy && isStaff && <MatchRunProgress policyId={policy.id} onStatus={setRunStatus} />}
      {policy && (
        <>
          <PolicyRuleCard
            criteria={policy.criteria}
            benefitFormula={policy.benefitFormula}
            maxBenefit={policy.maxBenefit}
            locale={f.locale}
            labels={codes.labeler}
            serverText={{ criteria: policy.criteriaText }}
            formatMoney={f.money}
          />
          <PolicyDetails items={items} />
          {isStaff && policy.status !== 'DRAFT' && (
            <PolicyQualifiers policyId={policy.id} criteria={policy.criteria} running={runStatus === 'RUNNING'} />
          )}
          {isStaff && (
            <Card title={t('policies.testCases.title')} size="small" style={{ marginBottom: 16 }}>
              <TestCasesTable cases={policy.testCases} />
            </Card>
          )}
          {isStaff && (
            <Card title={t('policies.versions.title')} size="small">
              <VersionsTable versions={policy.versions} currentId={policy.id} />
            </Card>
          )}
        </>
      )}
    </Show>
  );
};
