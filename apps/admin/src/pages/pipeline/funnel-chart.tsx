import { FunnelChart } from 'echarts/charts';
import type { EChartsOption } from 'echarts';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../components/chart';
import { echarts } from '../../components/echarts-setup';
import { funnelData, type StageRow } from './pipeline-view';

// Only this page draws a funnel: registered here rather than in the shared setup.
echarts.use([FunnelChart]);

/** The stages as a funnel (leads at each stage, planned investment in the label). */
export const PipelineFunnel = ({ stages, money }: { stages: readonly StageRow[]; money: (yuan: number) => string }) => {
  const { t } = useTranslation();
  const title = t('pipeline.funnel.title');
  const data = funnelData(stages, (stage) => t(`pipeline.stages.${stage.stage}`));
  const option: EChartsOption = {
    title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const item = data[(params as { dataIndex: number }).dataIndex];
        if (!item) return '';
        return `${item.name}<br/>${t('pipeline.funnel.count')}: ${item.value}<br/>${t('pipeline.funnel.planned')}: ${money(item.stage.plannedInvestment)}`;
      },
    },
    series: [
      {
        type: 'funnel',
        sort: 'none',
        top: 48,
        bottom: 16,
        left: '10%',
        width: '80%',
        minSize: '8%',
        gap: 2,
        label: {
          show: true,
          position: 'inside',
          formatter: (params) => {
            const item = data[params.dataIndex];
            return item ? `${item.name} ${item.value} · ${money(item.stage.plannedInvestment)}` : '';
          },
        },
        data: data.map(({ name, value }) => ({ name, value })),
      },
    ],
  };
  return <Chart option={option} ariaLabel={title} style={{ height: 420 }} />;
};
