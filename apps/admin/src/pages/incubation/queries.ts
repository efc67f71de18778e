import { graphql } from '../../gql';

export const INCUBATION_LADDER_QUERY = graphql(`
  query IncubationLadder {
    incubationLadder {
      rungs {
        kind
        arrivals
        carriers {
          ...IncubationCarrierFigures
        }
      }
      offshore {
        ...IncubationCarrierFigures
      }
    }
  }
`);

export const INCUBATION_CARRIER_FIGURES = graphql(`
  fragment IncubationCarrierFigures on IncubationCarrier {
    parkId
    tenants
    seatsInUse
    floorSqmInUse
    occupancyRate
    entries
    graduations
    departures
    graduationRate
    medianMonthsToGraduate
    park {
      id
      code
      name
      nameEn
      kind
      level
      totalFloorSqm
      outsideDistrict
      sampleFields
    }
  }
`);

export const INCUBATION_CARRIER_QUERY = graphql(`
  query IncubationCarrier($parkId: ID!, $months: Int!) {
    incubationCarrier(parkId: $parkId) {
      ...IncubationCarrierFigures
      occupancy(months: $months) {
        month
        tenants
        seatsInUse
        floorSqmInUse
        occupancyRate
        entries
        graduations
      }
    }
  }
`);

export const INCUBATION_STAYS_QUERY = graphql(`
  query IncubationStays($filter: IncubationStayFilter, $first: Int!, $after: String) {
    incubationStays(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          version
          status
          companyName
          seats
          floorSqm
          enteredOn
          endedOn
          note
          applicationId
          leadId
          park {
            id
            name
            nameEn
            kind
            level
            outsideDistrict
          }
          nextPark {
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

export const INCUBATION_NEXT_PARKS_QUERY = graphql(`
  query IncubationNextParks {
    parks {
      id
      name
      nameEn
      kind
      outsideDistrict
    }
  }
`);

export const RECORD_INCUBATION_ENTRY = graphql(`
  mutation RecordIncubationEntry($input: IncubationEntryInput!) {
    recordIncubationEntry(input: $input) {
      id
    }
  }
`);

export const RECORD_INCUBATION_GRADUATION = graphql(`
  mutation RecordIncubationGraduation($id: ID!, $version: Int!, $input: IncubationExitInput) {
    recordIncubationGraduation(id: $id, version: $version, input: $input) {
      id
      version
      status
      applicationId
      leadId
    }
  }
`);

export const RECORD_INCUBATION_LEAVING = graphql(`
  mutation RecordIncubationLeaving($id: ID!, $version: Int!, $input: IncubationExitInput) {
    recordIncubationLeaving(id: $id, version: $version, input: $input) {
      id
      version
      status
    }
  }
`);

export const UPDATE_INCUBATION_STAY = graphql(`
  mutation UpdateIncubationStay($id: ID!, $version: Int!, $input: IncubationStayUpdateInput!) {
    updateIncubationStay(id: $id, version: $version, input: $input) {
      id
      version
      seats
      floorSqm
      enteredOn
      note
    }
  }
`);
