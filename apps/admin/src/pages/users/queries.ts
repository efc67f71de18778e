import { graphql } from '../../gql';

export const USERS_QUERY = graphql(`
  query Users($first: Int!, $after: String, $filter: UserFilter) {
    users(first: $first, after: $after, filter: $filter) {
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
          version
          createdAt
          lastSignInAt
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

export const UPDATE_USER_MUTATION = graphql(`
  mutation UpdateUser($id: ID!, $version: Int!, $input: UpdateUserInput!) {
    updateUser(id: $id, version: $version, input: $input) {
      id
      name
      role
      active
      version
    }
  }
`);

export const RESET_USER_PASSWORD_MUTATION = graphql(`
  mutation ResetUserPassword($id: ID!, $newPassword: String!) {
    resetUserPassword(id: $id, newPassword: $newPassword) {
      id
    }
  }
`);
