import { graphql } from '../../gql';

/** An enterprise's matches (eligible first) and their totals, read together. */
export const MY_POLICY_MATCHES_QUERY = graphql(`
  query MyPolicyMatches($enterpriseId: ID!) {
    policyMatchSummary(enterpriseId: $enterpriseId) {
      totalBenefit
      eligible
      needsInfo
      ineligible
      nearMisses
    }
    policyMatches(enterpriseId: $enterpriseId) {
      outcome
      benefit
      missingFacts
      explanation
      gapText
      asOf
      policy {
        id
        title
        titleEn
        applicationDeadline
      }
      stacking {
        group
        counts
        supersededBy {
          id
          title
          titleEn
        }
      }
    }
  }
`);

/** The enterprise of the signed-in ENTERPRISE user: only its id is needed here. */
export const MY_ENTERPRISE_ID_QUERY = graphql(`
  query MyEnterpriseId {
    myEnterprise {
      id
    }
  }
`);

export const MATCH_RUN_FIELDS = graphql(`
  fragment MatchRunFields on MatchRun {
    id
    status
    trigger
    total
    done
    failed
    startedAt
    finishedAt
  }
`);

/** Staff: the newest re-match run a policy version started (publish or retire). */
export const POLICY_MATCH_RUN_QUERY = graphql(`
  query PolicyMatchRun($id: ID!) {
    policy(id: $id) {
      id
      matchRun {
        ...MatchRunFields
      }
    }
  }
`);

export const MATCH_RUN_QUERY = graphql(`
  query MatchRun($id: ID!) {
    matchRun(id: $id) {
      ...MatchRunFields
    }
  }
`);

/** Staff: one page of the enterprises a policy version qualifies, or its near misses, filtered. */
export const POLICY_QUALIFIERS_QUERY = graphql(`
  query PolicyQualifiers(
    $policyId: ID!
    $outcome: Outcome
    $nearMiss: Boolean
    $industryCode: String
    $parkCode: String
    $tier: Tier
    $gapFact: String
    $search: String
    $first: Int!
    $after: String
  ) {
    policyQualifiers(
      policyId: $policyId
      outcome: $outcome
      nearMiss: $nearMiss
      industryCode: $industryCode
      parkCode: $parkCode
      tier: $tier
      gapFact: $gapFact
      search: $search
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          enterpriseId
          outcome
          benefit
          nearMiss
          gapText
          missingFacts
          enterprise {
            id
            name
            uscc
            parkCode
          }
        }
      }
    }
  }
`);
