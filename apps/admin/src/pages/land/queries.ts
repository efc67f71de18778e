import { graphql } from '../../gql';

export const LAND_PLOTS_QUERY = graphql(`
  query LandPlots($filter: LandPlotFilter, $first: Int!, $after: String) {
    landPlots(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          version
          code
          areaMu
          status
          disposalRoute
          holderName
          note
          sample
          location {
            lng
            lat
          }
          idleSince
          recoveryStartedOn
          recoveredOn
          reassignedOn
          park {
            id
            name
            nameEn
          }
          holderEnterprise {
            id
            name
          }
        }
      }
    }
  }
`);

export const IDLE_LAND_SERIES_QUERY = graphql(`
  query IdleLandSeries($months: Int) {
    idleLandSeries(months: $months) {
      park {
        id
        name
        nameEn
      }
      points {
        month
        idleMu
        recoveredMu
      }
    }
  }
`);

export const LAND_PARKS_QUERY = graphql(`
  query LandParks {
    parks {
      id
      name
      nameEn
    }
  }
`);

export const LAND_ENTERPRISES_QUERY = graphql(`
  query LandEnterprises($search: String) {
    enterprises(filter: { search: $search }, first: 20) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const RECORD_LAND_PLOT = graphql(`
  mutation RecordLandPlot($input: LandPlotInput!) {
    recordLandPlot(input: $input) {
      id
    }
  }
`);

export const UPDATE_LAND_PLOT = graphql(`
  mutation UpdateLandPlot($id: ID!, $version: Int!, $input: UpdateLandPlotInput!) {
    updateLandPlot(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`);

export const MOVE_LAND_PLOT = graphql(`
  mutation MoveLandPlot($id: ID!, $version: Int!, $input: MoveLandPlotInput!) {
    moveLandPlot(id: $id, version: $version, input: $input) {
      id
      version
      status
    }
  }
`);
