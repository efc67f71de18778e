import { baseUrl } from './browser.js';

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Asks the API directly, for facts a test compares the screen against. */
export const graphqlRequest = async <T>(
  query: string,
  variables: Record<string, unknown> = {},
  { token, locale = 'zh-CN' }: { token?: string; locale?: string } = {},
): Promise<GraphQLResponse<T>> => {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'accept-language': locale,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
};

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: 'ADMIN' | 'BUREAU_STAFF' | 'ENTERPRISE';
}

export const LOGIN = `mutation ($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken user { id email name role } }
}`;
