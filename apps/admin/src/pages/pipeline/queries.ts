import { graphql } from '../../gql';

export const PIPELINE_SUMMARY_QUERY = graphql(`
  query PipelineSummary($filter: LeadFilter) {
    pipelineSummary(filter: $filter) {
      total
      lost
      overdueEnquiries
      stages {
        stage
        count
        plannedInvestment
        contractedInvestment
        jobs
        expectedAnnualTax
        overdue
        averageDays
      }
      conversion {
        from
        to
        reachedFrom
        reachedTo
        rate
      }
    }
  }
`);
