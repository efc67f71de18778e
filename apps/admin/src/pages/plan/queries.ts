import { gql } from '@urql/core';

export const HEADLINE_FIGURES_QUERY = gql`
  query HeadlineFigures {
    headlineFigures {
      code
      label
      labelEn
      value
      unit
      unitEn
      baseline
      year
      planRef
    }
  }
`;
