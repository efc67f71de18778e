import { Progress, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';

/** Free land as a share of the total, both in 亩 (mu); beside FreeFloorProgress. */
export const FreeLandProgress = ({ free, total, extra }: { free: number; total: number; extra?: ReactNode }) => {
  const { t } = useTranslation();
  const f = useFormat();
  if (total <= 0) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  const share = free / total;
  const text = t('parks.freeOfTotal', { free: f.number(free, 1), total: f.land(total) });
  return (
    <div style={{ minWidth: 160 }}>
      <Progress
        percent={Math.round(share * 1000) / 10}
        size="small"
        showInfo={false}
        strokeColor="#52c41a"
        aria-label={`${t('parks.fields.freeLandMu')} ${text}`}
      />
      <Space size={4} wrap>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {text} · {f.percent(share)}
        </Typography.Text>
        {extra}
      </Space>
    </div>
  );
};
