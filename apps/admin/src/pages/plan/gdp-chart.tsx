import type { EChartsOption } from 'echarts';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../components/chart';
import { useFormat } from '../../format/use-format';
import type { HeadlineFigure } from '../../graphql/types';

/** GDP of the baseline year against the figure's year, as two bars. */
export const GdpChart = ({ gdp }: { gdp: HeadlineFigure }) => {
  const { t } = useTranslation();
  const f = useFormat();
  const unit = f.pick(gdp.unit, gdp.unitEn);
  const title = t('plan.chart.title');
  const option: EChartsOption = {
    title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value) => `${f.number(Number(value))} ${unit}`,
    },
    grid: { left: 64, right: 24, top: 56, bottom: 32 },
    xAxis: { type: 'category', data: [String(gdp.year - 5), String(gdp.year)] },
    yAxis: { type: 'value', name: unit, axisLabel: { formatter: (value: number) => f.number(value, 0) } },
    series: [
      {
        name: t('plan.chart.series'),
        type: 'bar',
        barWidth: '40%',
        data: [gdp.baseline ?? 0, gdp.value],
        itemStyle: { color: '#1677ff', borderRadius: [4, 4, 0, 0] },
        label: { show: true, position: 'top', formatter: ({ value }) => f.number(Number(value)) },
      },
    ],
  };
  return <Chart option={option} ariaLabel={title} />;
};
