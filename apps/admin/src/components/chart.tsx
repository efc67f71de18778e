import type { EChartsOption } from 'echarts';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { CSSProperties } from 'react';
import { echarts } from './echarts-setup';

export interface ChartProps {
  option: EChartsOption;
  style?: CSSProperties;
  ariaLabel: string;
  onEvents?: Record<string, (params: unknown) => void>;
}

/** An ECharts canvas with an accessible name (the chart's title). */
export const Chart = ({ option, style, ariaLabel, onEvents }: ChartProps) => (
  <div role="img" aria-label={ariaLabel}>
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      style={{ height: 360, width: '100%', ...style }}
      onEvents={onEvents}
    />
  </div>
);
