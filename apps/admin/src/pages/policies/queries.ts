import { graphql } from '../../gql';

export const POLICIES_QUERY = graphql(`
  query Policies($status: PolicyStatus, $kind: PolicyKind, $industryCode: String, $search: String) {
    policies(status: $status, kind: $kind, industryCode: $industryCode, search: $search) {
      id
      code
      version
      status
      kind
      title
      titleEn
      targetIndustries
      targetTiers
      maxBenefit
      effectiveFrom
      effectiveTo
      applicationDeadline
      isExample
    }
  }
`);

export const POLICY_CONTENT_FRAGMENT = graphql(`
  fragment PolicyContent on Policy {
    code
    title
    titleEn
    summary
    summaryEn
    issuingDepartment
    documentNumber
    sourceUrl
    kind
    targetIndustries
    targetTiers
    targetParks
    criteria
    benefitFormula
    maxBenefit
    stackingGroup
    applicationDeadline
    effectiveFrom
    effectiveTo
    isExample
    testCases {
      name
      facts
      expectedOutcome
      expectedBenefit
      asOf
    }
  }
`);

export const POLICY_QUERY = graphql(`
  query Policy($id: ID!) {
    policy(id: $id) {
      id
      version
      status
      rowVersion
      publishedAt
      retiredAt
      updatedAt
      engineVersion
      criteriaText
      ...PolicyContent
      versions {
        id
        version
        status
        publishedAt
        retiredAt
        updatedAt
      }
    }
  }
`);

export const CREATE_POLICY_MUTATION = graphql(`
  mutation CreatePolicy($input: PolicyInput!) {
    createPolicy(input: $input) {
      id
      code
      version
      status
      rowVersion
    }
  }
`);

export const UPDATE_POLICY_MUTATION = graphql(`
  mutation UpdatePolicy($id: ID!, $input: PolicyInput!, $rowVersion: Int!) {
    updatePolicy(id: $id, input: $input, rowVersion: $rowVersion) {
      id
      code
      version
      status
      rowVersion
    }
  }
`);

export const PUBLISH_POLICY_MUTATION = graphql(`
  mutation PublishPolicy($id: ID!) {
    publishPolicy(id: $id) {
      id
      version
      status
      publishedAt
      matchRun {
        id
        status
        total
        done
        failed
      }
    }
  }
`);

export const RETIRE_POLICY_MUTATION = graphql(`
  mutation RetirePolicy($id: ID!) {
    retirePolicy(id: $id) {
      id
      version
      status
      retiredAt
    }
  }
`);

export const EVALUATE_POLICY_QUERY = graphql(`
  query EvaluatePolicy($input: PolicyInput!, $facts: JSON!, $asOf: String) {
    evaluatePolicy(input: $input, facts: $facts, asOf: $asOf) {
      outcome
      benefit
      explanation
      missingFacts
      nearMisses
      inEffect
      asOf
    }
  }
`);

export const RUN_TEST_CASES_QUERY = graphql(`
  query RunPolicyTestCases($input: PolicyInput!) {
    runPolicyTestCases(input: $input) {
      name
      passed
      asOf
      expectedOutcome
      actualOutcome
      expectedBenefit
      actualBenefit
      explanation
      missingFacts
      nearMisses
      factFaults
    }
  }
`);

export const SIMULATE_POLICY_QUERY = graphql(`
  query SimulatePolicy($input: PolicyInput!, $asOf: String, $limit: Int) {
    simulatePolicy(input: $input, asOf: $asOf, limit: $limit) {
      asOf
      total
      eligible
      ineligible
      needsInfo
      totalBenefit
      comparedWithVersion
      newlyEligibleCount
      droppedOutCount
      newlyEligible {
        ...SimulationChangeFields
      }
      droppedOut {
        ...SimulationChangeFields
      }
      byIndustry {
        ...SimulationBucketFields
      }
      byTier {
        ...SimulationBucketFields
      }
      byPark {
        ...SimulationBucketFields
      }
    }
  }
`);

export const SIMULATION_FRAGMENTS = graphql(`
  fragment SimulationBucketFields on SimulationBucket {
    key
    label
    total
    eligible
    ineligible
    needsInfo
    benefit
  }
`);

export const SIMULATION_CHANGE_FRAGMENT = graphql(`
  fragment SimulationChangeFields on SimulationChange {
    enterpriseId
    name
    outcome
    previousOutcome
    benefit
    previousBenefit
  }
`);

/** Enterprises to take a test case's facts from (staff and admins search every enterprise). */
export const SAMPLE_ENTERPRISES_QUERY = graphql(`
  query PolicySampleEnterprises($search: String) {
    enterprises(filter: { search: $search }, first: 20) {
      edges {
        node {
          id
          name
          uscc
          sample
        }
      }
    }
  }
`);

/** An enterprise's stored facts (its profile), to fill a test case with. */
export const SAMPLE_ENTERPRISE_FACTS_QUERY = graphql(`
  query PolicySampleEnterpriseFacts($id: ID!) {
    enterprise(id: $id) {
      id
      name
      registeredAt
      employees
      techStaff
      revenue
      rdExpense
      revenue3y
      rdExpense3y
      highTechRevenue
      totalAssets
      inventionPatents
      otherIp
      taxPaid
      industry
      chainSegment
      tier
      ownership
      isHighTechCertified
      inZone
      parkCode
      energyTce
      pollutionCategory
      seriousDishonesty
      majorIncidentLastYear
    }
  }
`);
