import { Alert, Card, Flex, Progress, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import type { MatchRunFieldsFragment, MatchRunStatus } from '../../gql/graphql';
import { useGqlQuery } from '../../providers/use-gql';
import { MATCH_RUN_QUERY, POLICY_MATCH_RUN_QUERY } from './queries';

/** How often a running re-match is asked about. */
const POLL_MS = 1000;

const STATUS_COLOR = { RUNNING: 'processing', FINISHED: 'success', FAILED: 'error' } as const;

/** A run while the background jobs work through it: polled until it ends. */
export const useMatchRun = (runId: string, initial: MatchRunFieldsFragment | null | undefined) => {
  const [polling, setPolling] = useState(true);
  const { data, error } = useGqlQuery(
    MATCH_RUN_QUERY,
    { id: runId },
    { resource: 'policies', enabled: runId !== '', refetchInterval: polling ? POLL_MS : undefined },
  );
  const run = data?.matchRun.id === runId ? data.matchRun : initial;
  const status = run?.status;
  useEffect(() => setPolling(status === undefined || status === 'RUNNING'), [status, runId]);
  return { run, error };
};

/**
 * Staff: the re-match run a policy version started (on publishing or retiring), as a bar that
 * moves while the background jobs work through the enterprises; it stops asking once the run ends.
 */
export const MatchRunProgress = ({
  policyId,
  onStatus,
}: {
  policyId: string;
  /** Told the run's status as it changes (lists of matches refresh when it ends). */
  onStatus?: (status: MatchRunStatus | undefined) => void;
}) => {
  const started = useGqlQuery(POLICY_MATCH_RUN_QUERY, { id: policyId }, { resource: 'policies' });
  const initial = started.data?.policy.matchRun;
  const { run, error } = useMatchRun(initial?.id ?? '', initial);
  const status = run?.status;
  useEffect(() => {
    onStatus?.(status);
  }, [status, onStatus]);
  if (!run) return null;
  return <MatchRunCard run={run} error={error ?? started.error} />;
};

/** A run's progress bar, counts, trigger and times. */
export const MatchRunCard = ({
  run,
  error,
  title,
}: {
  run: MatchRunFieldsFragment;
  error?: { message: string } | null;
  title?: string;
}) => {
  const { t } = useTranslation();
  const f = useFormat();
  const status = run.status;
  const percent = run.total > 0 ? Math.floor((run.done / run.total) * 100) : status === 'RUNNING' ? 0 : 100;
  return (
    <Card
      size="small"
      title={title ?? t('matching.run.title')}
      extra={<Tag color={STATUS_COLOR[run.status]}>{t(`matching.run.statuses.${run.status}`)}</Tag>}
      style={{ marginBottom: 16 }}
    >
      {error && <Alert type="error" showIcon message={error.message} />}
      <Progress
        percent={percent}
        status={run.status === 'FAILED' ? 'exception' : run.status === 'FINISHED' ? 'success' : 'active'}
        aria-label={title ?? t('matching.run.title')}
      />
      <Flex gap={16} wrap>
        <Typography.Text>
          {run.total === 0 && run.status === 'RUNNING'
            ? t('matching.run.planning')
            : t('matching.run.progress', { done: run.done, total: run.total })}
        </Typography.Text>
        {run.failed > 0 && (
          <Typography.Text type="danger">{t('matching.run.failed', { count: run.failed })}</Typography.Text>
        )}
        <Space size={16} wrap>
          <Typography.Text type="secondary">{t(`matching.run.triggers.${run.trigger}`)}</Typography.Text>
          <Typography.Text type="secondary">
            {t('matching.run.startedAt', { time: f.dateTime(run.startedAt) })}
          </Typography.Text>
          {run.finishedAt && (
            <Typography.Text type="secondary">
              {t('matching.run.finishedAt', { time: f.dateTime(run.finishedAt) })}
            </Typography.Text>
          )}
        </Space>
      </Flex>
    </Card>
  );
};
