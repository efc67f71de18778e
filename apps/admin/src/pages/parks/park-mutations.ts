import { graphql } from '../../gql';

export const CREATE_PARK_MUTATION = graphql(`
  mutation CreatePark($input: CreateParkInput!) {
    createPark(input: $input) {
      id
      version
    }
  }
`);

export const UPDATE_PARK_MUTATION = graphql(`
  mutation UpdatePark($id: ID!, $version: Int!, $input: UpdateParkInput!) {
    updatePark(id: $id, version: $version, input: $input) {
      id
      version
      freeLandMu
      freeFloorSqm
    }
  }
`);
