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
export interface Extent {
  lng: [number, number];
  lat: [number, number];
}

/** The bounding box of some parks, padded so points and labels stay inside. */
export const extentOf = (parks: readonly ParkSummary[], padding = 0.02): Extent | undefined => {
  if (parks.length === 0) return undefined;
  const lngs = parks.map((park) => park.lng);
  const lats = parks.map((park) => park.lat);
  return {
    lng: [Math.min(...lngs) - padding, Math.max(...lngs) + padding * 4],
    lat: [Math.min(...lats) - padding, Math.max(...lats) + padding],
  };
};

export const parkScatterOption = (
  parks: readonly ParkSummary[],
  labels: ScatterLabels,
  view?: Extent,
): EChartsOption => {
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
      labelLayout: { hideOverlap: true, moveOverlap: 'shiftY' },
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
    xAxis: {
      type: 'value',
      scale: true,
      name: labels.lng,
      nameLocation: 'middle',
      nameGap: 28,
      splitLine: { lineStyle: { type: 'dashed' } },
    },
    yAxis: {
      type: 'value',
      scale: true,
      name: labels.lat,
      nameLocation: 'middle',
      nameGap: 44,
      splitLine: { lineStyle: { type: 'dashed' } },
    },
    dataZoom: [
      { type: 'inside', xAxisIndex: 0, filterMode: 'none', startValue: view?.lng[0], endValue: view?.lng[1] },
      { type: 'inside', yAxisIndex: 0, filterMode: 'none', startValue: view?.lat[0], endValue: view?.lat[1] },
      {
        type: 'slider',
        xAxisIndex: 0,
        filterMode: 'none',
        height: 16,
        bottom: 8,
        startValue: view?.lng[0],
        endValue: view?.lng[1],
      },
    ],
    series,
  };
};
