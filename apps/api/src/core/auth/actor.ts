import type { Locale } from '../errors/locale.js';
import { DEFAULT_LOCALE } from '../errors/locale.js';
import { Role } from '../users/role.enum.js';

/**
 * Who is acting, passed explicitly as the first argument of every service method, so a job can
 * act on someone's behalf with the same rules as a request.
 */
export interface Actor {
  userId: string | null;
  role: Role | 'SYSTEM';
  enterpriseId: string | null;
  locale: Locale;
}

export const SYSTEM_ACTOR: Actor = Object.freeze({
  userId: null,
  role: 'SYSTEM',
  enterpriseId: null,
  locale: DEFAULT_LOCALE,
});

export const isStaff = (actor: Actor): boolean =>
  actor.role === Role.ADMIN || actor.role === Role.BUREAU_STAFF || actor.role === 'SYSTEM';
