import { List } from '@refinedev/antd';
import { CanAccess, useList } from '@refinedev/core';
import { Alert, Card, Col, Divider, Empty, Row, Skeleton, Typography } from 'antd';
import { useGqlQuery } from '../../providers/use-gql';
import { GoalsSection } from './goals-section';
import { LiveSection } from './live-section';
import { useTranslation } from 'react-i18next';
import type { HeadlineFigure } from '../../graphql/types';
import { FigureCard } from './figure-card';
import { GdpChart } from './gdp-chart';
import { HEADLINE_FIGURES_QUERY, PLAN_GOALS_QUERY } from './queries';

const isGdp = (figure: HeadlineFigure) => /gdp/i.test(figure.code);

/**
 * 规划概览: the plan's 2020 headline figures and GDP 2015 vs 2020, its 2025 goals, and (staff) the
 * platform's live figures beside them.
 */
export const PlanList = () => {
  const { t } = useTranslation();
  const { result, query } = useList<HeadlineFigure>({
    resource: 'plan',
    meta: { gqlQuery: HEADLINE_FIGURES_QUERY },
    pagination: { mode: 'off' },
  });
  const figures = result.data;
  const goals = useGqlQuery(PLAN_GOALS_QUERY, {}, { resource: 'plan' }).data?.planGoals ?? [];
  const gdp = figures.find(isGdp) ?? figures.find((figure) => figure.baseline !== null);
  const year = figures[0]?.year ?? 2020;
  // Most figures come from one section of the plan: name it once rather than on every card.
  const refs = new Set(figures.map((figure) => figure.planRef));
  const sharedRef = refs.size === 1 ? figures[0]?.planRef : undefined;
  return (
    <List>
      <Typography.Paragraph type="secondary">
        {t('plan.intro')}
        {sharedRef && ` · ${t('common.planRef', { ref: sharedRef })}`}
      </Typography.Paragraph>
      {query.isError && (
        <Alert type="error" showIcon message={t('pages.error.loadFailed')} description={query.error.message} />
      )}
      {query.isLoading ? (
        <Skeleton active />
      ) : figures.length === 0 ? (
        <Empty description={t('plan.empty')} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {t('plan.figures', { year })}
            </Typography.Title>
            <Row gutter={[12, 12]}>
              {figures.map((figure) => (
                <Col key={figure.code} xs={24} sm={12} lg={8} xl={12} xxl={8}>
                  <FigureCard figure={figure} showRef={!sharedRef} />
                </Col>
              ))}
            </Row>
          </Col>
          {gdp && (
            <Col xs={24} xl={10}>
              <Card>
                <GdpChart gdp={gdp} />
              </Card>
            </Col>
          )}
        </Row>
      )}
      {figures.length > 0 && (
        <CanAccess resource="plan-live" action="list">
          <Divider />
          <LiveSection figures={figures} />
        </CanAccess>
      )}
      {goals.length > 0 && (
        <>
          <Divider />
          <GoalsSection goals={goals} figures={figures} />
        </>
      )}
    </List>
  );
};
