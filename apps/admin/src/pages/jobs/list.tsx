import { List } from '@refinedev/antd';
import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import { useGqlQuery } from '../../providers/use-gql';
import { MatchRunCard, useMatchRun } from '../matching/match-run-progress';
import { InProcessJobs } from './in-process-jobs';
import { DEMO_DATA_LOAD_QUERY, JOBS_OVERVIEW_QUERY } from './queries';
import { QueueBoard } from './queue-board';

const REFRESH_MS = 5000;

/** Admins: 任务队列 — the demo set's re-match run, then the queue board or the in-process outbox. */
export const JobsPage = () => {
  const { t } = useTranslation();
  const overview = useGqlQuery(JOBS_OVERVIEW_QUERY, {}, { resource: 'jobs', refetchInterval: REFRESH_MS });
  const jobs = overview.data?.jobsOverview;
  return (
    <List title={t('jobs.titles.list')}>
      <DemoRun />
      {overview.error && <Alert type="error" showIcon message={overview.error.message} />}
      {jobs &&
        (jobs.inProcess || !jobs.boardPath ? <InProcessJobs overview={jobs} /> : <QueueBoard path={jobs.boardPath} />)}
    </List>
  );
};

/** The run that matched the sample enterprises, while and after it ran. */
const DemoRun = () => {
  const { t } = useTranslation();
  const f = useFormat();
  const { data } = useGqlQuery(DEMO_DATA_LOAD_QUERY, {}, { resource: 'jobs' });
  const load = data?.demoDataLoad;
  const { run, error } = useMatchRun(load?.matchRun.id ?? '', load?.matchRun);
  if (!load || !run) return null;
  return (
    <>
      <Typography.Paragraph type="secondary">
        {t('jobs.demo.loaded', { count: load.enterprises, time: f.dateTime(load.loadedAt) })}
      </Typography.Paragraph>
      <MatchRunCard run={run} error={error} title={t('jobs.demo.title')} />
    </>
  );
};
