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
      totalFloorSqm
      freeFloorSqm
      servedTiers
      infrastructure
      lng
      lat
      sampleFields
      version
    }
  }
`);
