import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { AppError, text } from '../errors/app-error.js';
import { User } from '../users/user.entity.js';
import type { Actor } from './actor.js';
import { AuthService } from './auth.service.js';
import { LoginThrottle } from './login-throttle.service.js';
import { hashPassword, verifyPassword } from './password.js';
import { userCache } from './user-cache.js';

const WRONG_PASSWORD = text('当前密码不正确', 'is not your current password');

/** Sign-out and password change: both raise the user's tokenVersion, revoking every earlier token. */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly throttle: LoginThrottle,
  ) {}

  /** Ends every session of the user (all devices): tokens issued before stop working at once. */
  async signOut(actor: Actor): Promise<boolean> {
    const done = await this.dataSource.transaction(async (manager) => {
      const userId = this.userOf(actor);
      await this.revoke(manager, userId);
      await this.audit.record(manager, actor, { action: 'user.signOut', entity: 'User', entityId: userId });
      return true;
    });
    // Committed: the cached row (with the old version) must go now, not at its expiry.
    if (actor.userId) userCache.drop(actor.userId);
    return done;
  }

  /**
   * Checks the current password (counted like a sign-in attempt, so a stolen token cannot guess
   * it), stores the new one and revokes every other session; answers a fresh token for this one.
   */
  async changePassword(
    actor: Actor,
    currentPassword: string,
    newPassword: string,
    address: string,
  ): Promise<{ accessToken: string; user: User }> {
    const userId = this.userOf(actor);
    const user = await this.dataSource
      .createQueryBuilder(User, 'u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: userId })
      .getOne();
    if (!user) throw AppError.unauthenticated();
    const attempt = { account: user.email, address };
    await this.throttle.consume(attempt);
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      throw AppError.field('currentPassword', WRONG_PASSWORD);
    }
    await this.throttle.refund(attempt);
    const tokenVersion = await this.dataSource.transaction(async (manager) => {
      await manager.update(User, userId, { passwordHash: await hashPassword(newPassword) });
      const version = await this.revoke(manager, userId);
      await this.audit.record(manager, actor, { action: 'user.changePassword', entity: 'User', entityId: userId });
      return version;
    });
    userCache.drop(userId);
    return { accessToken: await this.auth.issueToken({ ...user, tokenVersion }), user };
  }

  private userOf(actor: Actor): string {
    if (!actor.userId) throw AppError.unauthenticated();
    return actor.userId;
  }

  private async revoke(manager: EntityManager, userId: string): Promise<number> {
    userCache.drop(userId);
    const rows: { tokenVersion: number }[] = await manager.query(
      'UPDATE users SET "tokenVersion" = "tokenVersion" + 1 WHERE id = $1 RETURNING "tokenVersion"',
      [userId],
    );
    // TypeORM's raw UPDATE answers [rows, count] on PostgreSQL.
    const first = (Array.isArray(rows[0]) ? rows[0][0] : rows[0]) as { tokenVersion: number } | undefined;
    if (!first) throw AppError.unauthenticated();
    return first.tokenVersion;
  }
}
