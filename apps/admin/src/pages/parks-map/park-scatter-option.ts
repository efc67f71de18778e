import type { EChartsOption, ScatterSeriesOption } from 'echarts';
import { PARK_KINDS, type ParkKind, type ParkSummary } from '../../graphql/types';
import { KIND_COLORS } from '../parks/kind-colors';

export interface ScatterLabels {
  kind: (kind: ParkKind) => string;
  name: (park: ParkSummary) => string;
  tooltip: (park: ParkSummary) => string;
  lng: string;
  lat: string;
}

/** Kinds drawn large and labelled: the zones and parks; incubation carriers stay small dots. */
const MAJOR: ReadonlySet<ParkKind> = new Set(['INDUSTRIAL_PARK', 'ZONE', 'SPECIALTY_PARK', 'ENCLAVE_PARK', 'TOWN']);

/**
 * Parks on a plain cartesian plane: x = longitude, y = latitude, one series (colour) per kind.
 * No geo component and no tiles: nothing is fetched to draw it.
 */
export const parkScatterOption = (parks: readonly ParkSummary[], labels: ScatterLabels): EChartsOption => {
  const series: ScatterSeriesOption[] = PARK_KINDS.filter((kind) => parks.some((park) => park.kind === kind)).map(
    (kind) => ({
      type: 'scatter',
      name: labels.kind(kind),
      symbolSize: MAJOR.has(kind) ? 16 : 9,
      itemStyle: { color: KIND_COLORS[kind], opacity: 0.85 },
      label: {
        show: MAJOR.has(kind),
        position: 'right',
        fontSize: 11,
        formatter: ({ data }) => labels.name((data as { park: ParkSummary }).park),
      },
      labelLayout: { hideOverlap: true },
      emphasis: { focus: 'series', label: { show: true } },
      data: parks
        .filter((park) => park.kind === kind)
        .map((park) => ({ value: [park.lng, park.lat], park, id: park.id })),
    }),
  );
  return {
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const { data } = params as unknown as { data: { park: ParkSummary } };
        return labels.tooltip(data.park);
      },
    },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 64, right: 48, top: 48, bottom: 64 },
    xAxis: { type: 'value', scale: true, name: labels.lng, nameLocation: 'middle', nameGap: 28, splitLine: { lineStyle: { type: 'dashed' } } },
    yAxis: { type: 'value', scale: true, name: labels.lat, nameLocation: 'middle', nameGap: 44, splitLine: { lineStyle: { type: 'dashed' } } },
    dataZoom: [
      { type: 'inside', xAxisIndex: 0, filterMode: 'none' },
      { type: 'inside', yAxisIndex: 0, filterMode: 'none' },
      { type: 'slider', xAxisIndex: 0, filterMode: 'none', height: 16, bottom: 8 },
    ],
    series,
  };
};
