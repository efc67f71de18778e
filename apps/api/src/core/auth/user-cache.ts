import type { Role } from '../users/role.enum.js';

/** What a request needs of its token's user. */
export interface CachedUser {
  id: string;
  role: Role;
  enterpriseId: string | null;
  active: boolean;
  tokenVersion: number;
}

/**
 * How long this process trusts a user row it read for a token (README "Authentication"). A change
 * made through this process (role, disabling, sign-out, password, enterprise link) drops the entry
 * at once; another API process sees it within this time.
 */
export const USER_CACHE_TTL_MS = 5_000;
/** Entries kept at most (each a few hundred bytes); the oldest go first. */
const MAX_ENTRIES = 10_000;

interface Entry {
  user: CachedUser;
  readAt: number;
}

/**
 * The token's user, cached per process for a few seconds, so a request does not read its user from
 * PostgreSQL every time. Reads that started before the last drop of a user are not stored: a
 * request racing a role change cannot put the old row back.
 */
export class UserCache {
  private readonly entries = new Map<string, Entry>();
  private readonly dropped = new Map<string, number>();

  get(id: string, now = Date.now()): CachedUser | null {
    const entry = this.entries.get(id);
    if (!entry) return null;
    if (now - entry.readAt > USER_CACHE_TTL_MS) {
      this.entries.delete(id);
      return null;
    }
    return entry.user;
  }

  /** `readAt`: when the read began (before the query was sent). */
  set(user: CachedUser, readAt: number): void {
    const droppedAt = this.dropped.get(user.id);
    if (droppedAt !== undefined && readAt <= droppedAt) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(user.id, { user, readAt });
  }

  /** Call after a change to the user is committed (and, to be safe, before as well). */
  drop(id: string): void {
    this.entries.delete(id);
    this.dropped.set(id, Date.now());
    if (this.dropped.size > MAX_ENTRIES) this.dropped.delete(this.dropped.keys().next().value as string);
  }

  clear(): void {
    this.entries.clear();
  }
}

/** One per process: the API's request path and the services that change users share it. */
export const userCache = new UserCache();
