import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import { Repository } from 'typeorm';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/error-code.js';
import type { Locale } from '../errors/locale.js';
import { User } from '../users/user.entity.js';
import type { Actor } from './actor.js';
import { LoginThrottle } from './login-throttle.service.js';
import { verifyPassword } from './password.js';

interface TokenClaims {
  sub: string;
  role: string;
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
      .where('u.email = :email', { email: attempt.account })
      .getOne();
    const ok = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !ok || !user.active) throw WRONG_LOGIN;
    await this.throttle.refund(attempt);
    return { accessToken: await this.issueToken(user), user };
  }

  issueToken(user: Pick<User, 'id' | 'role'>): Promise<string> {
    const claims: TokenClaims = { sub: user.id, role: user.role };
    return this.jwt.signAsync(claims);
  }

  /** The actor of a request, or null without a valid token of an active user. */
  async actorFromRequest(request: FastifyRequest, locale: Locale): Promise<Actor | null> {
    const header = request.headers.authorization;
    if (!header?.startsWith('Bearer ')) return null;
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(header.slice(7).trim());
    } catch {
      return null;
    }
    const user = await this.users.findOne({ where: { id: claims.sub } });
    if (!user?.active) return null;
    return { userId: user.id, role: user.role, enterpriseId: user.enterpriseId, locale };
  }
}
