import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { AppError, text } from '../errors/app-error.js';
import { User } from '../users/user.entity.js';
import type { Actor } from './actor.js';
import { LoginThrottle } from './login-throttle.service.js';

@Injectable()
export class AccountUnlockService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly throttle: LoginThrottle,
  ) {}

  /**
   * Clears the sign-in lockout of a user's account (failures per address stay). The lockout is
   * cleared inside the transaction, after the audit row: if clearing fails, no audit row claims it
   * happened; clearing twice is harmless.
   */
  unlock(actor: Actor, id: string): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(User, { where: { id } });
      if (!user) throw AppError.notFound(text('用户', 'User'));
      await this.audit.record(manager, actor, { action: 'user.unlock', entity: 'User', entityId: user.id });
      await this.throttle.unlock(user.email);
      return user;
    });
  }
}
