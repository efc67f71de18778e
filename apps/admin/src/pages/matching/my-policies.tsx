import { Alert, Card, Empty, Flex, Skeleton, Space, Spin, Statistic, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import { useGqlQuery } from '../../providers/use-gql';
import { groupMatches, type PolicyMatchView } from './match-groups';
import { MatchCard } from './match-card';
import { MY_ENTERPRISE_ID_QUERY, MY_POLICY_MATCHES_QUERY } from './queries';

/** Matching runs in the background after a profile change: the page looks again every few seconds. */
const POLL_MS = 4000;

/** The three sections in reading order; each key names its i18n texts and its group. */
const SECTIONS = [
  { key: 'qualified', id: 'my-policies-qualified' },
  { key: 'almost', id: 'my-policies-almost' },
  { key: 'needsInfo', id: 'my-policies-needs-info' },
] as const;

const Section = ({
  id,
  title,
  hint,
  matches,
  enterpriseId,
}: {
  id: string;
  title: string;
  hint: string;
  matches: PolicyMatchView[];
  enterpriseId: string;
}) => {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id}>
      <Typography.Title level={5} id={id} style={{ marginBottom: 4 }}>
        {title} ({matches.length})
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {hint}
      </Typography.Paragraph>
      {matches.length === 0 ? (
        <Typography.Text type="secondary">{t('my-policies.none')}</Typography.Text>
      ) : (
        <Space direction="vertical" size={8} style={{ width: '100%' }}>
          {matches.map((match) => (
            <MatchCard key={match.policy.id} match={match} enterpriseId={enterpriseId} />
          ))}
        </Space>
      )}
    </section>
  );
};

/**
 * 我的政策: every published policy as it applies to the signed-in enterprise, in three sections
 * (符合条件, 差一点, 需补充信息) under the stacked total, each explained on demand.
 */
export const MyPolicies = () => {
  const { t } = useTranslation();
  const f = useFormat();
  const mine = useGqlQuery(MY_ENTERPRISE_ID_QUERY, {}, { resource: 'enterprises' });
  const enterpriseId = mine.data?.myEnterprise?.id ?? '';
  const { data, isLoading, error, refetch } = useGqlQuery(
    MY_POLICY_MATCHES_QUERY,
    { enterpriseId },
    { resource: 'enterprises', enabled: enterpriseId !== '', refetchInterval: POLL_MS },
  );
  // the gaps come in the caller's language: ask again when it changes
  useEffect(() => {
    if (enterpriseId) void refetch();
  }, [f.locale, enterpriseId, refetch]);
  const groups = useMemo(() => groupMatches(data?.policyMatches ?? []), [data]);
  const summary = data?.policyMatchSummary;
  const failure = mine.error ?? error;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%', maxWidth: 960 }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('my-policies.titles.list')}
      </Typography.Title>
      {failure && <Alert type="error" showIcon message={failure.message} />}
      {(mine.isLoading || (enterpriseId && isLoading)) && <Skeleton active />}
      {!mine.isLoading && !mine.error && !mine.data?.myEnterprise && (
        <Alert type="info" showIcon message={t('enterprises.profile.noEnterprise')} />
      )}
      {data && data.policyMatches.length === 0 && (
        <Card>
          <Empty
            image={<Spin size="large" />}
            imageStyle={{ height: 48 }}
            description={
              <Space direction="vertical" size={2}>
                <Typography.Text strong>{t('my-policies.computing')}</Typography.Text>
                <Typography.Text type="secondary">{t('my-policies.computingHint')}</Typography.Text>
              </Space>
            }
          />
        </Card>
      )}
      {data && summary && data.policyMatches.length > 0 && (
        <>
          <Card size="small">
            <Flex gap={24} wrap align="end">
              <Statistic title={t('my-policies.total')} value={f.money(summary.totalBenefit)} />
              <Typography.Text type="secondary">
                {t('my-policies.counts', {
                  eligible: summary.eligible,
                  nearMisses: groups.almost.length,
                  needsInfo: summary.needsInfo,
                })}
              </Typography.Text>
            </Flex>
            <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
              {t('my-policies.totalHint')}
            </Typography.Paragraph>
          </Card>
          {SECTIONS.map(({ key, id }) => (
            <Section
              key={key}
              id={id}
              title={t(`my-policies.sections.${key}`)}
              hint={t(`my-policies.hints.${key}`)}
              matches={groups[key]}
              enterpriseId={enterpriseId}
            />
          ))}
          {groups.otherCount > 0 && (
            <Typography.Text type="secondary">{t('my-policies.others', { count: groups.otherCount })}</Typography.Text>
          )}
        </>
      )}
    </Space>
  );
};
