import { graphql } from '../../gql';

export const PARK_MATCH_FRAGMENT = graphql(`
  fragment ParkMatchDetails on ParkMatch {
    parkId
    park {
      id
      code
      name
      nameEn
      freeLandMu
      freeFloorSqm
    }
    suitable
    score
    reasons
    unknowns
    components {
      code
      label
      weight
      value
      points
      detail
    }
  }
`);

export const PARK_MATCHES_QUERY = graphql(`
  query ParkMatches($applicationId: ID!) {
    parkMatches(applicationId: $applicationId) {
      ...ParkMatchDetails
    }
  }
`);

export const PARK_MATCH_PREVIEW_QUERY = graphql(`
  query ParkMatchPreview($input: ParkMatchPreviewInput!) {
    parkMatchPreview(input: $input) {
      ...ParkMatchDetails
    }
  }
`);
