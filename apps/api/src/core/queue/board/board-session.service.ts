import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { FastifyRequest } from 'fastify';
import { AuthService } from '../../auth/auth.service.js';
import { localeFromHeader } from '../../errors/locale.js';
import { Role } from '../../users/role.enum.js';
import { UsersService } from '../../users/users.service.js';

export const BOARD_PATH = '/admin/queues';
export const BOARD_COOKIE = 'uhtz_jobs_board';
/** Short: the admin app renews it while its jobs page is open (every 10 minutes). */
export const BOARD_SESSION_SECONDS = 30 * 60;

export type Admission = 'ADMITTED' | 'UNAUTHENTICATED' | 'FORBIDDEN';

/**
 * Who may see the job queues: the Bull Board UI is server-rendered and loads its data with plain
 * fetches, so it cannot send the admin app's bearer token. Chosen: the admin app trades its token
 * (Authorization header, so no other site can make the trade) for a cookie that is
 *  - HttpOnly (no script reads it), SameSite=Strict (no other site's page sends it, so the board's
 *    retry buttons cannot be forged cross-site), Path=/admin/queues (sent nowhere else), Secure over HTTPS;
 *  - a token signed with a key derived from the JWT secret for this purpose only, valid 30 minutes:
 *    it is not an API token (the GraphQL API refuses it) and an API token is not accepted here.
 * Not chosen: the token in the URL (it would land in logs, history and Referer headers).
 * Each request re-reads the user, so a deactivated or demoted admin is refused at once.
 */
@Injectable()
export class BoardSessionService {
  constructor(
    private readonly jwt: JwtService,
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  /** Trades the bearer token of an active admin for the board cookie (Set-Cookie value). */
  async open(request: FastifyRequest): Promise<{ admission: Admission; cookie?: string }> {
    const actor = await this.auth.actorFromRequest(request, localeFromHeader(request.headers['accept-language']));
    if (!actor?.userId) return { admission: 'UNAUTHENTICATED' };
    if (actor.role !== Role.ADMIN) return { admission: 'FORBIDDEN' };
    const token = await this.jwt.signAsync({ sub: actor.userId });
    return { admission: 'ADMITTED', cookie: this.cookie(request, token, BOARD_SESSION_SECONDS) };
  }

  /** The Set-Cookie value that ends the session. */
  close(request: FastifyRequest): string {
    return this.cookie(request, '', 0);
  }

  async admit(request: FastifyRequest): Promise<Admission> {
    const token = readCookie(request.headers.cookie, BOARD_COOKIE);
    if (!token) return 'UNAUTHENTICATED';
    let sub: string;
    try {
      ({ sub } = await this.jwt.verifyAsync<{ sub: string }>(token));
    } catch {
      return 'UNAUTHENTICATED';
    }
    const user = await this.users.findById(sub);
    if (!user?.active) return 'UNAUTHENTICATED';
    return user.role === Role.ADMIN ? 'ADMITTED' : 'FORBIDDEN';
  }

  private cookie(request: FastifyRequest, value: string, maxAge: number): string {
    const secure = request.protocol === 'https' ? '; Secure' : '';
    return `${BOARD_COOKIE}=${value}; Path=${BOARD_PATH}; Max-Age=${maxAge}; HttpOnly; SameSite=Strict${secure}`;
  }
}

/** One cookie's value from a Cookie header (no cookie library for one value). */
export function readCookie(header: string | undefined, name: string): string | null {
  for (const part of header?.split(';') ?? []) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim() || null;
  }
  return null;
}
