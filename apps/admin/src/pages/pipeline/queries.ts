import { graphql } from '../../gql';

export const PIPELINE_SUMMARY_QUERY = graphql(`
  query PipelineSummary($filter: LeadFilter, $includeSample: Boolean) {
    pipelineSummary(filter: $filter, includeSample: $includeSample) {
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

/** The landing page's frame: chain coverage, what is overdue, and whether any real lead exists yet. */
export const DASHBOARD_QUERY = graphql(`
  query Dashboard($includeSample: Boolean) {
    dashboard(includeSample: $includeSample) {
      overdueActions
      openRequests
      overdueRequests
      realLeads
      sampleLeads
      placements {
        inDistrict
        inEnclaves
        byEnclave {
          parkId
          parkName
          partner
          districtTaxSharePercent
          placements
        }
      }
      pipeline {
        overdueEnquiries
      }
      chainCoverage {
        industryCode
        name
        missing
        segments {
          code
          name
          enterprises
          signedProjects
          openLeads
          status
        }
      }
    }
  }
`);

export const LEAD_BREAKDOWN_QUERY = graphql(`
  query LeadBreakdown($dimension: LeadDimension!, $filter: LeadFilter, $period: PeriodInput, $includeSample: Boolean) {
    leadBreakdown(dimension: $dimension, filter: $filter, period: $period, includeSample: $includeSample) {
      dimension
      basis
      rows {
        ...BreakdownRow
      }
      total {
        ...BreakdownRow
      }
    }
  }

  fragment BreakdownRow on LeadBreakdownRow {
    key
    label
    leads
    open
    signed
    lost
    conversion
    plannedInvestment
    contractedInvestment
    actualInvestment
    plannedJobs
    contractedJobs
    actualHires
    expectedTax
    contractedTax
    actualTax
  }
`);

export const LEAD_TREND_QUERY = graphql(`
  query LeadTrend($filter: LeadFilter, $period: PeriodInput, $includeSample: Boolean) {
    leadTrend(filter: $filter, period: $period, includeSample: $includeSample) {
      month
      newLeads
      signed
      contractedInvestment
      landed
      enquiriesLate
    }
  }
`);

/** The leads behind a coverage cell or an overdue card (a short server-filtered page). */
export const DRILL_LEADS_QUERY = graphql(`
  query DrillLeads($filter: LeadFilter, $first: Int!) {
    leads(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id
          companyName
          stage
          plannedInvestment
          ownerName
          nextActionDate
          sample
        }
      }
    }
  }
`);
