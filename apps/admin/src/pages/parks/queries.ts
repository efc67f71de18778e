import { graphql } from '../../gql';

export const PARKS_QUERY = graphql(`
  query Parks($filter: ParkFilter) {
    parks(filter: $filter) {
      id
      code
      name
      nameEn
      kind
      level
      parent {
        id
        code
        name
        nameEn
      }
      targetIndustries
      totalLandMu
      freeLandMu
      totalFloorSqm
      freeFloorSqm
      lng
      lat
      sampleFields
      outsideDistrict
    }
  }
`);

export const PARK_QUERY = graphql(`
  query Park($id: ID!) {
    park(id: $id) {
      id
      code
      name
      nameEn
      kind
      level
      parent {
        id
        code
        name
        nameEn
      }
      children {
        id
        code
        name
        nameEn
        kind
      }
      positioning
      positioningEn
      planRef
      targetIndustries
      forbiddenIndustries
      forbidsThreeHigh
      maxPollution
      maxEnergyTce
      totalLandMu
      freeLandMu
      idleLandMu
      totalFloorSqm
      freeFloorSqm
      servedTiers
      infrastructure
      lng
      lat
      enclavePartner
      enclavePartnerEn
      cooperationModels
      districtTaxSharePercent
      sampleFields
      version
    }
  }
`);

export const PARK_TENANTS_QUERY = graphql(`
  query ParkTenants($parkId: ID!, $first: Int!, $after: String) {
    parkTenants(parkId: $parkId, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          landMu
          floorSqm
          since
          enterprise {
            id
            name
            industry
            tier
          }
        }
      }
    }
  }
`);

export const PARK_SPACE_HISTORY_QUERY = graphql(`
  query ParkSpaceHistory($parkId: ID!, $first: Int!, $after: String) {
    parkSpaceHistory(parkId: $parkId, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          at
          kind
          landMuDelta
          floorSqmDelta
          freeLandMuAfter
          freeFloorSqmAfter
          actorName
          actorRole
          applicationId
          reason
          enterprise {
            id
            name
          }
        }
      }
    }
  }
`);
