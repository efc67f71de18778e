import { graphql } from '../../gql';

export const ENTERPRISE_PROFILE_FRAGMENT = graphql(`
  fragment EnterpriseProfile on Enterprise {
    id
    uscc
    name
    contactName
    contactPhone
    contactEmail
    address
    version
    sample
    createdAt
    updatedAt
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
    missingFacts
    factMeta {
      fact
      source
      updatedAt
      verifiedAt
    }
  }
`);

export const ENTERPRISES_QUERY = graphql(`
  query Enterprises($filter: EnterpriseFilter, $first: Int!, $after: String) {
    enterprises(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          uscc
          name
          industry
          chainSegment
          tier
          parkCode
          sample
          updatedAt
          missingFacts
        }
      }
    }
  }
`);

export const ENTERPRISE_QUERY = graphql(`
  query Enterprise($id: ID!) {
    enterprise(id: $id) {
      ...EnterpriseProfile
    }
  }
`);

export const MY_ENTERPRISE_QUERY = graphql(`
  query MyEnterprise {
    myEnterprise {
      ...EnterpriseProfile
    }
  }
`);

export const ENTERPRISE_HISTORY_QUERY = graphql(`
  query EnterpriseHistory($id: ID!, $first: Int!, $after: String) {
    enterprise(id: $id) {
      id
      history(first: $first, after: $after) {
        totalCount
        pageInfo {
          endCursor
          hasNextPage
        }
        edges {
          node {
            id
            at
            actorName
            actorRole
            kind
            fact
            before
            after
            source
          }
        }
      }
    }
  }
`);

export const UPDATE_ENTERPRISE_PROFILE_MUTATION = graphql(`
  mutation UpdateEnterpriseProfile($id: ID!, $version: Int!, $input: EnterpriseProfileInput!) {
    updateEnterpriseProfile(id: $id, version: $version, input: $input) {
      ...EnterpriseProfile
    }
  }
`);

export const VERIFY_ENTERPRISE_FACTS_MUTATION = graphql(`
  mutation VerifyEnterpriseFacts($id: ID!, $version: Int!, $facts: [String!]!) {
    verifyEnterpriseFacts(id: $id, version: $version, facts: $facts) {
      ...EnterpriseProfile
    }
  }
`);

export const IMPORT_ENTERPRISES_MUTATION = graphql(`
  mutation ImportEnterprises($file: String!, $importId: String) {
    importEnterprises(file: $file, importId: $importId) {
      rows
      created
      updated
      unchanged
      rejectedRows
      rejected {
        row
        column
        columnLabel
        uscc
        reason
      }
    }
  }
`);

export const ENTERPRISE_IMPORT_PROGRESS_QUERY = graphql(`
  query EnterpriseImportProgress($id: ID!) {
    enterpriseImport(id: $id) {
      id
      status
      total
      done
    }
  }
`);

export const ENTERPRISE_IMPORT_TEMPLATE_QUERY = graphql(`
  query EnterpriseImportTemplate {
    enterpriseImportTemplate
  }
`);
