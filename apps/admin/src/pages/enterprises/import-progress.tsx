import { Progress, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useGqlQuery } from '../../providers/use-gql';
import { ENTERPRISE_IMPORT_PROGRESS_QUERY } from './queries';

/** How often a running import is asked about. */
const POLL_MS = 500;

/**
 * A new id for an import (a v4 UUID), which the page polls while `importEnterprises` runs.
 * `crypto.randomUUID` exists only in secure contexts, and the app may be served over plain http.
 */
export const newImportId = (): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

/**
 * The rows an import has done of its file, as a bar, asked about while it runs; once the import has
 * answered (`finishedRows`), the bar stays at done (every row of the file) beside the result.
 */
export const ImportProgress = ({ importId, finishedRows }: { importId: string; finishedRows?: number }) => {
  const { t } = useTranslation();
  const finished = finishedRows !== undefined;
  const { data } = useGqlQuery(
    ENTERPRISE_IMPORT_PROGRESS_QUERY,
    { id: importId },
    { resource: 'enterprises', refetchInterval: POLL_MS, enabled: !finished },
  );
  // NOT_FOUND until the server has started it: the file is still on its way.
  const run = data?.enterpriseImport.id === importId ? data.enterpriseImport : null;
  const done = finished ? finishedRows : (run?.done ?? 0);
  const total = finished ? finishedRows : (run?.total ?? 0);
  const reading = !finished && total === 0;
  const percent = finished ? 100 : total > 0 ? Math.floor((done / total) * 100) : 0;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Progress
        percent={percent}
        status={finished ? 'success' : 'active'}
        aria-label={finished ? t('enterprises.import.finished') : t('enterprises.import.running')}
      />
      <Typography.Text type="secondary">
        {reading ? t('enterprises.import.reading') : t('enterprises.import.progress', { done, total })}
      </Typography.Text>
    </Space>
  );
};
