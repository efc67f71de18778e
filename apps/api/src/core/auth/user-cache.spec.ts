import { describe, it, expect } from '@jest/globals';
import { Role } from '../users/role.enum.js';
import { USER_CACHE_TTL_MS, UserCache, type CachedUser } from './user-cache.js';

const user = (tokenVersion: number): CachedUser => ({
  id: '7c6f0a52-8d47-4a3e-9a57-0c1f3e7b9d21',
  role: Role.BUREAU_STAFF,
  enterpriseId: null,
  active: true,
  tokenVersion,
});

describe('UserCache', () => {
  it('answers a stored user until the TTL has passed', () => {
    const cache = new UserCache();
    const t0 = Date.now();
    cache.set(user(0), t0);
    expect(cache.get(user(0).id, t0 + 1)?.tokenVersion).toBe(0);
    expect(cache.get(user(0).id, t0 + USER_CACHE_TTL_MS + 1)).toBeNull();
  });

  it('forgets a dropped user at once', () => {
    const cache = new UserCache();
    cache.set(user(0), Date.now());
    cache.drop(user(0).id);
    expect(cache.get(user(0).id)).toBeNull();
  });

  it('does not store a row whose read began before the last drop (a read racing a role change)', () => {
    const cache = new UserCache();
    const readAt = Date.now() - 10;
    cache.drop(user(0).id);
    cache.set(user(0), readAt);
    expect(cache.get(user(0).id)).toBeNull();
    cache.set(user(1), Date.now() + 1);
    expect(cache.get(user(1).id)?.tokenVersion).toBe(1);
  });
});
