import { gql } from '@urql/core';

const USER_FIELDS = gql`
  fragment SessionUser on User {
    id
    email
    name
    role
    enterprise {
      id
      name
    }
  }
`;

export const LOGIN_MUTATION = gql`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      accessToken
      user {
        ...SessionUser
      }
    }
  }
  ${USER_FIELDS}
`;

export const ME_QUERY = gql`
  query Me {
    me {
      ...SessionUser
    }
  }
  ${USER_FIELDS}
`;
