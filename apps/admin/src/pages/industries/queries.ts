import { graphql } from '../../gql';

export const INDUSTRIES_QUERY = graphql(`
  query Industries {
    industries {
      code
      name
      nameEn
      category
      description
      descriptionEn
      planRef
      segments {
        code
        name
        nameEn
      }
    }
  }
`);
