import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import { Repository } from 'typeorm';
import { isUUID } from 'class-validator';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import type { Locale } from '../errors/locale.js';
import { User } from '../users/user.entity.js';
import type { Actor } from './actor.js';
import { LoginThrottle } from './login-throttle.service.js';
import { verifyPassword } from './password.js';
import { userCache, type CachedUser } from './user-cache.js';

interface TokenClaims {
  sub: string;
  role: string;
  /** The user's tokenVersion when the token was issued; raised by sign-out and password change. */
  ver?: number;
  exp?: number;
}

/**
 * Only tokens this service could have issued: an expiry (a token without one would live forever),
 * a user id that is a uuid (anything else would reach PostgreSQL as a malformed value), a version.
 */
function wellFormed(claims: Partial<TokenClaims>): claims is TokenClaims {
  return (
    typeof claims.sub === 'string' &&
    isUUID(claims.sub) &&
    typeof claims.exp === 'number' &&
    (claims.ver === undefined || Number.isInteger(claims.ver))
  );
}

const WRONG_LOGIN = new AppError(ErrorCode.UNAUTHENTICATED, {
  zh: '邮箱或密码不正确',
  en: 'Wrong email or password',
});

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @Inject(JwtService) private readonly jwt: JwtService,
    private readonly throttle: LoginThrottle,
  ) {}

  /**
   * Same error, and the same work, for an unknown email and a wrong password. The attempt is
   * counted before the password is checked (see LoginThrottle), and given back on success.
   */
  async login(email: string, password: string, address: string): Promise<{ accessToken: string; user: User }> {
    const attempt = { account: email.trim().toLowerCase(), address };
    await this.throttle.consume(attempt);
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .addSelect('u.tokenVersion')
      .where('u.email = :email', { email: attempt.account })
      .getOne();
    const ok = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !ok || !user.active) throw WRONG_LOGIN;
    await this.throttle.refund(attempt);
    await this.users.update(user.id, { lastSignInAt: new Date() });
    return { accessToken: await this.issueToken(user), user };
  }

  /** A new user's version is 0 (the column's default), so callers holding a fresh row may omit it. */
  issueToken(user: Pick<User, 'id' | 'role'> & { tokenVersion?: number }): Promise<string> {
    const claims: TokenClaims = { sub: user.id, role: user.role, ver: user.tokenVersion ?? 0 };
    return this.jwt.signAsync(claims);
  }

  /** The actor of a request, or null without a valid token of an active user. */
  async actorFromRequest(request: FastifyRequest, locale: Locale): Promise<Actor | null> {
    const header = request.headers.authorization;
    if (!header?.startsWith('Bearer ')) return null;
    let claims: Partial<TokenClaims>;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(header.slice(7).trim());
    } catch {
      return null;
    }
    if (!wellFormed(claims)) return null;
    // The token's user, from this process's short cache (user-cache.ts) or one query, which also
    // checks the version: revocation costs nothing.
    let user: CachedUser | null = userCache.get(claims.sub);
    if (!user) {
      const readAt = Date.now();
      const row = await this.users
        .createQueryBuilder('u')
        .select(['u.id', 'u.role', 'u.enterpriseId', 'u.active', 'u.tokenVersion'])
        .where('u.id = :id', { id: claims.sub })
        .getOne();
      if (!row) return null;
      user = {
        id: row.id,
        role: row.role,
        enterpriseId: row.enterpriseId,
        active: row.active,
        tokenVersion: row.tokenVersion,
      };
      userCache.set(user, readAt);
    }
    if (!user.active || (claims.ver ?? 0) !== user.tokenVersion) return null;
    return { userId: user.id, role: user.role, enterpriseId: user.enterpriseId, locale };
  }
}
