import { graphql } from '../../gql';

export const USERS_QUERY = graphql(`
  query Users($first: Int!, $after: String) {
    users(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          email
          name
          role
          active
          createdAt
          enterprise {
            id
            name
          }
        }
      }
    }
  }
`);

export const CREATE_USER_MUTATION = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      email
      name
      role
    }
  }
`);

export const UNLOCK_USER_MUTATION = graphql(`
  mutation UnlockUser($id: ID!) {
    unlockUser(id: $id) {
      id
    }
  }
`);
