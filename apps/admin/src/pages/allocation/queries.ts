import { graphql } from '../../gql';

export const OPEN_APPLICATIONS_QUERY = graphql(`
  query OpenApplications($first: Int!) {
    applications(filter: { open: true }, first: $first) {
      totalCount
      edges {
        node {
          id
          kind
          status
          version
          landMu
          floorSqm
          submittedAt
          enterprise {
            id
            name
          }
        }
      }
    }
  }
`);

export const PROPOSE_ALLOCATION_MUTATION = graphql(`
  mutation ProposeAllocation($ids: [ID!]!) {
    proposeAllocation(applicationIds: $ids) {
      assignments {
        application {
          id
          version
          kind
          landMu
          floorSqm
          enterprise {
            id
            name
          }
        }
        park {
          id
          code
          name
          nameEn
          totalLandMu
          freeLandMu
          totalFloorSqm
          freeFloorSqm
        }
        score
      }
      unassigned {
        application {
          id
          kind
          landMu
          floorSqm
          enterprise {
            id
            name
          }
        }
        reasons
      }
      objective
      gap
    }
  }
`);

export const APPLY_ALLOCATION_MUTATION = graphql(`
  mutation ApplyAllocation($input: ApplyAllocationInput!) {
    applyAllocation(input: $input) {
      id
      status
      version
    }
  }
`);
