import { Progress, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/use-format';

/** Land is counted in 亩 (mu), floor space in m². */
export type SpaceUnit = 'mu' | 'sqm';

const LOOK: Record<SpaceUnit, { label: string; digits: number; color?: string; minWidth: number }> = {
  mu: { label: 'parks.fields.freeLandMu', digits: 1, color: '#52c41a', minWidth: 160 },
  sqm: { label: 'parks.fields.freeFloorSqm', digits: 0, minWidth: 180 },
};

export interface SpaceProgressProps {
  free: number;
  total: number;
  unit: SpaceUnit;
  /** Shown after the figures (e.g. what an application asks for). */
  extra?: ReactNode;
}

/** Free land or floor space as a share of the total, with both figures in the unit. */
export const SpaceProgress = ({ free, total, unit, extra }: SpaceProgressProps) => {
  const { t } = useTranslation();
  const f = useFormat();
  if (total <= 0) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  const look = LOOK[unit];
  const share = free / total;
  const text = t('parks.freeOfTotal', {
    free: f.number(free, look.digits),
    total: unit === 'mu' ? f.land(total) : f.floor(total),
  });
  return (
    <div style={{ minWidth: look.minWidth }}>
      <Progress
        percent={Math.round(share * 1000) / 10}
        size="small"
        showInfo={false}
        strokeColor={look.color}
        aria-label={`${t(look.label)} ${text}`}
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
