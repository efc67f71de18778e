import { Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';

/** Free floor space as a share of the total, with both figures in m². */
export const FreeFloorProgress = ({ free, total }: { free: number; total: number }) => {
  const { t } = useTranslation();
  const f = useFormat();
  if (total <= 0) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  const percent = Math.round((free / total) * 1000) / 10;
  const text = t('parks.freeOfTotal', { free: f.number(free, 0), total: f.floor(total) });
  return (
    <div style={{ minWidth: 160 }}>
      <Progress percent={percent} size="small" format={() => f.percent(free / total)} aria-label={text} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {text}
      </Typography.Text>
    </div>
  );
};
