import { graphql } from '../gql';

export const LOGIN_MUTATION = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      accessToken
      user {
        ...SessionUser
      }
    }
  }
`);

export const ME_QUERY = graphql(`
  query Me {
    me {
      ...SessionUser
    }
  }
`);

export const SESSION_USER_FRAGMENT = graphql(`
  fragment SessionUser on User {
    id
    email
    name
    role
  }
`);
