import { Alert, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openQueueBoard } from '../../providers/queue-board-session';

/** The board's session lasts 30 minutes; renewed while this page is open. */
const RENEW_MS = 10 * 60 * 1000;

/** Bull Board (server-rendered, at `path`) in a frame, once its cookie session is open; logging out ends it. */
export const QueueBoard = ({ path }: { path: string }) => {
  const { t } = useTranslation();
  const [state, setState] = useState<'opening' | 'open' | 'refused'>('opening');
  useEffect(() => {
    let cancelled = false;
    const open = () => openQueueBoard(path).then((ok) => !cancelled && setState(ok ? 'open' : 'refused'));
    void open();
    const timer = setInterval(() => void open(), RENEW_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [path]);

  if (state === 'opening') return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (state === 'refused') return <Alert type="error" showIcon message={t('jobs.board.refused')} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">
        {t('jobs.board.hint')}{' '}
        <Typography.Link href={path} target="_blank" rel="noopener">
          {t('jobs.board.openNewWindow')}
        </Typography.Link>
      </Typography.Text>
      <iframe
        title={t('jobs.board.frameTitle')}
        src={path}
        style={{ width: '100%', height: '75vh', border: '1px solid #f0f0f0', borderRadius: 8 }}
      />
    </Space>
  );
};
