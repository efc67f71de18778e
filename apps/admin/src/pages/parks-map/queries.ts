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
