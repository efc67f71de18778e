import { Card, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import type { HeadlineFigure } from '../../graphql/types';

/** The plan's 13th FYP baseline is 2015, five years before the figure's year. */
const BASELINE_YEARS = 5;

export const FigureCard = ({ figure, showRef }: { figure: HeadlineFigure; showRef: boolean }) => {
  const { t } = useTranslation();
  const f = useFormat();
  const unit = f.pick(figure.unit, figure.unitEn);
  const baselineYear = figure.year - BASELINE_YEARS;
  const growth = figure.baseline ? figure.value / figure.baseline - 1 : null;
  return (
    <Card size="small" style={{ height: '100%' }}>
      <Statistic
        title={f.pick(figure.label, figure.labelEn)}
        value={f.number(figure.value)}
        prefix={figure.qualifier ? t(`plan.qualifiers.${figure.qualifier}`, { defaultValue: '' }) : undefined}
        suffix={unit}
      />
      {figure.baseline !== null && (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {t('plan.baseline', { year: baselineYear, value: `${f.number(figure.baseline)} ${unit}` })}
          {growth !== null && unit !== '%' && ` · ${t('plan.growth', { year: baselineYear, rate: f.percent(growth) })}`}
        </Typography.Paragraph>
      )}
      {showRef && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('common.planRef', { ref: figure.planRef })}
        </Typography.Text>
      )}
    </Card>
  );
};
