import type { AuthProvider } from '@refinedev/core';
import { graphql } from '../gql';
import { LOGIN_MUTATION } from '../graphql/auth';
import type { AuthPayload } from '../graphql/types';
import { i18n } from '../i18n/i18n';
import { isApiError } from './api-error';
import { runMutation } from './graphql-client';
import { closeQueueBoard } from './queue-board-session';
import { currentUser, endSession, startSession } from './session';
import { readToken } from './token-store';

/** Revokes the user's tokens on the server: a copied token stops working too, not just this tab's. */
export const SIGN_OUT_MUTATION = graphql(`
  mutation SignOut {
    signOut
  }
`);

export interface LoginParams {
  email: string;
  password: string;
}

const isUnauthenticated = (error: unknown): boolean =>
  isApiError(error)
    ? error.code === 'UNAUTHENTICATED'
    : typeof error === 'object' && error !== null && (error as { statusCode?: number }).statusCode === 401;

/** Sessions through the API's `login` mutation and `me` query; the token is a bearer JWT. */
export const authProvider: AuthProvider = {
  login: async ({ email, password }: LoginParams) => {
    try {
      const { login } = await runMutation<{ login: AuthPayload }>(LOGIN_MUTATION, { email, password });
      startSession(login);
      return { success: true, redirectTo: '/' };
    } catch (error) {
      return {
        success: false,
        error: {
          name: i18n.t('pages.login.errors.failed'),
          message: error instanceof Error ? error.message : i18n.t('errors.unknown'),
        },
      };
    }
  },

  logout: async () => {
    // Offline or an already revoked token: the local session ends all the same.
    if (readToken()) await runMutation(SIGN_OUT_MUTATION, {}).catch(() => undefined);
    // The job board's cookie outlives nothing: it is ended with the session.
    await closeQueueBoard();
    endSession();
    return { success: true, redirectTo: '/login' };
  },

  check: async () => {
    try {
      const user = await currentUser();
      if (user) return { authenticated: true };
    } catch (error) {
      if (!isUnauthenticated(error)) return { authenticated: true };
      endSession();
    }
    return { authenticated: false, logout: true, redirectTo: '/login' };
  },

  onError: async (error: unknown) => {
    if (isUnauthenticated(error)) {
      endSession();
      return { logout: true, redirectTo: '/login' };
    }
    return {};
  },

  getIdentity: async () => currentUser(),

  getPermissions: async () => (await currentUser())?.role ?? null,
};
