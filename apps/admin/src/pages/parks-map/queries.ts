import { graphql } from '../../gql';

export const PLAN_MAP_QUERY = graphql(`
  query PlanMap {
    planMap {
      tiles {
        url
        attribution
      }
      district {
        code
        name
        nameEn
        geometry
        sample
      }
      frame {
        code
        name
        nameEn
        kind
        frame
        role
        roleEn
        planRef
        parkCode
        geometry
        sample
      }
      parkOutlines {
        parkCode
        geometry
        sample
        outsideUrumqi
      }
    }
  }
`);

/** The idle plots layer (闲置地块): plots idle or under recovery, at most a page of 100 (staff only). */
export const MAP_IDLE_PLOTS_QUERY = graphql(`
  query MapIdlePlots {
    landPlots(filter: { statuses: [IDLE, UNDER_RECOVERY] }, first: 100) {
      edges {
        node {
          id
          code
          areaMu
          status
          sample
          location {
            lng
            lat
          }
          park {
            id
            name
            nameEn
            lng
            lat
          }
        }
      }
    }
  }
`);
