import { Alert, Card, Flex, Progress, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import type { MatchRunStatus } from '../../gql/graphql';
import { useGqlQuery } from '../../providers/use-gql';
import { MATCH_RUN_QUERY, POLICY_MATCH_RUN_QUERY } from './queries';

/** How often a running re-match is asked about. */
const POLL_MS = 1000;

const STATUS_COLOR = { RUNNING: 'processing', FINISHED: 'success', FAILED: 'error' } as const;

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
  const { t } = useTranslation();
  const f = useFormat();
  const started = useGqlQuery(POLICY_MATCH_RUN_QUERY, { id: policyId }, { resource: 'policies' });
  const runId = started.data?.policy.matchRun?.id ?? '';
  const [polling, setPolling] = useState(true);
  const { data, error } = useGqlQuery(
    MATCH_RUN_QUERY,
    { id: runId },
    { resource: 'policies', enabled: runId !== '', refetchInterval: polling ? POLL_MS : undefined },
  );
  const run = data?.matchRun.id === runId ? data.matchRun : started.data?.policy.matchRun;
  const status = run?.status;
  useEffect(() => {
    setPolling(status === undefined || status === 'RUNNING');
    onStatus?.(status);
  }, [status, runId, onStatus]);

  if (!run) return null;
  const percent = run.total > 0 ? Math.floor((run.done / run.total) * 100) : status === 'RUNNING' ? 0 : 100;
  return (
    <Card
      size="small"
      title={t('matching.run.title')}
      extra={<Tag color={STATUS_COLOR[run.status]}>{t(`matching.run.statuses.${run.status}`)}</Tag>}
      style={{ marginBottom: 16 }}
    >
      {(error ?? started.error) && <Alert type="error" showIcon message={(error ?? started.error)?.message} />}
      <Progress
        percent={percent}
        status={run.status === 'FAILED' ? 'exception' : run.status === 'FINISHED' ? 'success' : 'active'}
        aria-label={t('matching.run.title')}
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
