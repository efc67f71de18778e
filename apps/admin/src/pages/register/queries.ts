import { graphql } from '../../gql';

export const REGISTER_ENTERPRISE_MUTATION = graphql(`
  mutation RegisterEnterprise($input: RegisterEnterpriseInput!) {
    registerEnterprise(input: $input) {
      accessToken
      user {
        ...SessionUser
      }
    }
  }
`);
