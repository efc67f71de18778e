import { ME_QUERY } from '../graphql/auth';
import type { AuthPayload, User } from '../graphql/types';
import { runQuery } from './graphql-client';
import { clearToken, readToken, storeToken } from './token-store';

let cached: { token: string; user: Promise<User> } | null = null;

/** The signed-in user (`me`), asked once per token; null without a token. */
export const currentUser = (): Promise<User | null> => {
  const token = readToken();
  if (!token) return Promise.resolve(null);
  if (cached?.token !== token) {
    const user = runQuery<{ me: User }>(ME_QUERY, {}).then((data) => data.me);
    cached = { token, user };
    user.catch(() => {
      if (cached?.user === user) cached = null;
    });
  }
  return cached.user;
};

export const startSession = ({ accessToken, user }: AuthPayload): void => {
  storeToken(accessToken);
  cached = { token: accessToken, user: Promise.resolve(user) };
};

export const endSession = (): void => {
  clearToken();
  cached = null;
};
