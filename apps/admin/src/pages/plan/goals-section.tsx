import { Card, Col, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import type { PlanGoalsQuery } from '../../gql/graphql';
import type { HeadlineFigure } from '../../graphql/types';

type Goal = PlanGoalsQuery['planGoals'][number];

/** 2025 年目标: the plan's goals, each beside the 2020 figures it builds on. */
export const GoalsSection = ({ goals, figures }: { goals: readonly Goal[]; figures: readonly HeadlineFigure[] }) => {
  const { t } = useTranslation();
  const f = useFormat();
  const byCode = new Map(figures.map((figure) => [figure.code, figure]));
  return (
    <section aria-labelledby="plan-goals-title">
      <Typography.Title level={5} id="plan-goals-title">
        {t('plan.goals.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('plan.goals.intro')}</Typography.Paragraph>
      <Row gutter={[12, 12]}>
        {goals.map((goal) => (
          <Col key={goal.code} xs={24} md={12} xxl={8}>
            <Card size="small" title={f.pick(goal.label, goal.labelEn)} style={{ height: '100%' }}>
              <Typography.Paragraph style={{ marginBottom: 8 }}>{f.pick(goal.goal, goal.goalEn)}</Typography.Paragraph>
              <Space wrap size={[4, 4]}>
                <Tag>
                  {goal.target === null
                    ? t('plan.goals.noTarget')
                    : t('plan.goals.target', { value: `${f.number(goal.target)} ${f.pick(goal.unit, goal.unitEn)}` })}
                </Tag>
                {goal.baselineCodes
                  .map((code) => byCode.get(code))
                  .filter((figure): figure is HeadlineFigure => Boolean(figure))
                  .map((figure) => (
                    <Tag key={figure.code} color="blue">
                      {t('plan.goals.baseline', {
                        label: f.pick(figure.label, figure.labelEn),
                        value: `${f.number(figure.value)} ${f.pick(figure.unit, figure.unitEn)}`,
                      })}
                    </Tag>
                  ))}
              </Space>
              <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
                {t('common.planRef', { ref: goal.planRef })}
              </Typography.Paragraph>
            </Card>
          </Col>
        ))}
      </Row>
    </section>
  );
};
