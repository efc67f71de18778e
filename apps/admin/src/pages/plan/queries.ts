import { graphql } from '../../gql';

export const HEADLINE_FIGURES_QUERY = graphql(`
  query HeadlineFigures {
    headlineFigures {
      code
      label
      labelEn
      value
      unit
      unitEn
      baseline
      year
      planRef
      qualifier
    }
  }
`);

export const PLAN_GOALS_QUERY = graphql(`
  query PlanGoals {
    planGoals {
      code
      label
      labelEn
      goal
      goalEn
      year
      target
      unit
      unitEn
      planRef
      baselineCodes
    }
  }
`);

export const PLAN_DASHBOARD_QUERY = graphql(`
  query PlanDashboard($includeSample: Boolean) {
    planDashboard(includeSample: $includeSample) {
      enterprises
      enterprisesByCluster {
        industryCode
        name
        enterprises
      }
      enterprisesByTier {
        tier
        enterprises
      }
      incubationFloorInUseSqm
      incubationFloorTotalSqm
      idleLandRecoveredMu
      idleLandRecoveredByYear {
        year
        areaMu
      }
      enterpriseTrend {
        month
        totalEnterprises
        totalHighTech
        totalTechSme
      }
    }
    leadBreakdown(dimension: INDUSTRY, includeSample: $includeSample) {
      rows {
        key
        label
        signed
        contractedInvestment
        actualInvestment
      }
      total {
        signed
        contractedInvestment
        actualInvestment
      }
    }
    leadTrend(includeSample: $includeSample) {
      month
      landed
    }
  }
`);
