import { gql } from '@urql/core';

export const INDUSTRIES_QUERY = gql`
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
`;
