import { graphql } from '../../gql';

export const HEADLINE_FIGURES_QUERY = graphql(`
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
      qualifier
    }
  }
`);
