import { Card, Flex, Switch, Typography } from 'antd';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A chart with its text alternative: the chart carries an accessible name, and a switch shows
 * the same figures as a table (for screen readers, and for anyone who wants the exact numbers).
 */
export const ChartCard = ({
  title,
  extra,
  chart,
  table,
}: {
  title: string;
  extra?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
}) => {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  return (
    <Card size="small">
      <section aria-labelledby={id}>
        <Flex wrap gap={12} justify="space-between" align="center" style={{ marginBottom: 8 }}>
          <Typography.Title level={5} id={id} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          <Flex wrap gap={12} align="center">
            {extra}
            {/* the words beside the switch, not inside it: antd's grey track fails AA contrast with text on it */}
            <label>
              <Flex gap={6} align="center">
                <Switch
                  size="small"
                  checked={asTable}
                  onChange={setAsTable}
                  aria-label={t('pipeline.chart.asTable', { title })}
                />
                <Typography.Text>{t('pipeline.chart.table')}</Typography.Text>
              </Flex>
            </label>
          </Flex>
        </Flex>
        {asTable ? table : chart}
      </section>
    </Card>
  );
};
