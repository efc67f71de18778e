import { graphql } from '../../gql';

export const APPLICATION_DETAILS_FRAGMENT = graphql(`
  fragment ApplicationDetails on PlacementApplication {
    id
    kind
    status
    version
    landMu
    floorSqm
    summary
    plannedInvestment
    jobs
    expectedAnnualTax
    energyTce
    pollutionCategory
    infrastructureNeeds
    desiredMoveIn
    submittedAt
    decidedAt
    decisionReason
    reservedLandMu
    reservedFloorSqm
    createdAt
    updatedAt
    preferredParkIds
    preferredParks {
      id
      code
      name
      nameEn
    }
    park {
      id
      code
      name
      nameEn
      kind
      enclavePartner
      enclavePartnerEn
      districtTaxSharePercent
      sampleFields
    }
    enterprise {
      id
      name
      uscc
    }
    correctionRequest
    missingDocuments
    attachments {
      id
      name
      size
      url
      mine
      category
    }
  }
`);

export const APPLICATIONS_QUERY = graphql(`
  query Applications($filter: ApplicationFilter, $first: Int!, $after: String) {
    applications(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          kind
          status
          landMu
          floorSqm
          submittedAt
          updatedAt
          preferredParks {
            id
            name
            nameEn
          }
          park {
            id
            name
            nameEn
          }
          enterprise {
            id
            name
          }
        }
      }
    }
  }
`);

export const APPLICATION_QUERY = graphql(`
  query Application($id: ID!) {
    application(id: $id) {
      ...ApplicationDetails
      timeline {
        id
        from
        to
        at
        actorRole
        actorName
        note
      }
    }
  }
`);

export const SUBMIT_APPLICATION_MUTATION = graphql(`
  mutation SubmitApplication($input: ApplicationInput!) {
    submitApplication(input: $input) {
      id
      status
      version
    }
  }
`);

export const UPDATE_DRAFT_APPLICATION_MUTATION = graphql(`
  mutation UpdateDraftApplication($id: ID!, $version: Int!, $input: ApplicationInput!) {
    updateDraftApplication(id: $id, version: $version, input: $input) {
      id
      status
      version
    }
  }
`);

export const WITHDRAW_APPLICATION_MUTATION = graphql(`
  mutation WithdrawApplication($id: ID!, $version: Int!) {
    withdrawApplication(id: $id, version: $version) {
      id
      status
      version
    }
  }
`);

export const REVIEW_APPLICATION_MUTATION = graphql(`
  mutation ReviewApplication($id: ID!, $version: Int!, $note: String) {
    reviewApplication(id: $id, version: $version, note: $note) {
      id
      status
      version
    }
  }
`);

export const DECIDE_APPLICATION_MUTATION = graphql(`
  mutation DecideApplication(
    $id: ID!
    $version: Int!
    $decision: Decision!
    $parkId: ID
    $reason: String
    $override: Boolean
  ) {
    decideApplication(
      id: $id
      version: $version
      decision: $decision
      parkId: $parkId
      reason: $reason
      override: $override
    ) {
      id
      status
      version
      park {
        id
        freeLandMu
        freeFloorSqm
      }
    }
  }
`);

export const MARK_MOVED_IN_MUTATION = graphql(`
  mutation MarkMovedIn($id: ID!, $version: Int!, $note: String) {
    markMovedIn(id: $id, version: $version, note: $note) {
      id
      status
      version
    }
  }
`);

export const APPLICATION_DOCUMENTS_QUERY = graphql(`
  query ApplicationDocuments($kind: ApplicationKind!) {
    applicationDocuments(kind: $kind) {
      document
      required
    }
  }
`);

/** What staff read of the applicant beside their decision (a staff-only read of the enterprise). */
export const APPLICANT_SUMMARY_QUERY = graphql(`
  query ApplicantSummary($id: ID!) {
    enterprise(id: $id) {
      id
      name
      uscc
      registeredAt
      industry
      chainSegment
      tier
      ownership
      employees
      techStaff
      revenue
      rdExpense
      taxPaid
      inventionPatents
      isHighTechCertified
      inZone
      parkCode
      energyTce
      pollutionCategory
      seriousDishonesty
      majorIncidentLastYear
      missingFacts
    }
  }
`);

/** The profile facts the wizard shows instead of asking for them again. */
export const APPLICANT_FACTS_QUERY = graphql(`
  query ApplicantFacts {
    myEnterprise {
      id
      energyTce
      pollutionCategory
    }
  }
`);

export const SUBMIT_DRAFT_APPLICATION_MUTATION = graphql(`
  mutation SubmitDraftApplication($id: ID!, $version: Int!) {
    submitDraftApplication(id: $id, version: $version) {
      id
      status
      version
    }
  }
`);

export const RETURN_APPLICATION_MUTATION = graphql(`
  mutation ReturnApplication($id: ID!, $version: Int!, $reason: String!) {
    returnApplication(id: $id, version: $version, reason: $reason) {
      id
      status
      version
    }
  }
`);

export const RESUBMIT_APPLICATION_MUTATION = graphql(`
  mutation ResubmitApplication($id: ID!, $version: Int!, $input: ApplicationInput, $note: String) {
    resubmitApplication(id: $id, version: $version, input: $input, note: $note) {
      id
      status
      version
    }
  }
`);
