import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { hashPassword } from '../auth/password.js';
import { userCache } from '../auth/user-cache.js';
import { AuditService } from '../audit/audit.service.js';
import { containsPattern } from '../database/escape-like.js';
import { updateVersioned } from '../database/optimistic-update.js';
import { AppError, text } from '../errors/app-error.js';
import { paginate, type Connection } from '../graphql/pagination.js';
import type { UpdateUserInput, UserFilter } from './dto/user-admin.input.js';
import { userUpdateFaults } from './user-admin-rules.js';
import { User } from './user.entity.js';

export const USER_LABEL = text('用户', 'User');

/** Admins' account management: find, edit, disable and reset passwords, each audited. */
@Injectable()
export class UserAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(_actor: Actor, filter: UserFilter, first: number, after?: string): Promise<Connection<User>> {
    const query = this.dataSource.getRepository(User).createQueryBuilder('u');
    const search = filter.search?.trim();
    if (search) {
      query.andWhere('(u.email ILIKE :pattern OR u.name ILIKE :pattern)', { pattern: containsPattern(search) });
    }
    if (filter.role) query.andWhere('u.role = :role', { role: filter.role });
    if (filter.active !== undefined && filter.active !== null)
      query.andWhere('u.active = :active', { active: filter.active });
    return paginate(query, { first, after, sortColumn: 'createdAt', direction: 'DESC' });
  }

  /** Disabling an account or changing its role signs it out everywhere (its tokens are revoked). */
  async update(actor: Actor, id: string, version: number, input: UpdateUserInput): Promise<User> {
    userCache.drop(id);
    const updated = await this.dataSource.transaction(async (manager) => {
      const before = await this.locked(manager, id);
      const faults = userUpdateFaults(actor, before, input);
      if (faults.length) throw AppError.faults(faults);
      // A field left out or sent as null stays as it is.
      const patch: Partial<User> = {};
      if (input.name != null) patch.name = input.name.trim();
      if (input.role != null) patch.role = input.role;
      if (input.active != null) patch.active = input.active;
      await updateVersioned(manager, User, id, version, patch, USER_LABEL);
      const revokes =
        (input.active === false && before.active) || (input.role !== undefined && input.role !== before.role);
      if (revokes) await manager.increment(User, { id }, 'tokenVersion', 1);
      const after = await manager.findOneOrFail(User, { where: { id } });
      await this.audit.record(manager, actor, { action: 'user.update', entity: 'User', entityId: id, before, after });
      return after;
    });
    // Committed: a role change or a disabled account takes effect on the next request.
    userCache.drop(id);
    return updated;
  }

  /** A new password set by an admin (the user forgot theirs); every session of the account ends. */
  async resetPassword(actor: Actor, id: string, newPassword: string): Promise<User> {
    userCache.drop(id);
    const user = await this.dataSource.transaction(async (manager) => {
      await this.locked(manager, id);
      const passwordHash = await hashPassword(newPassword);
      await manager.update(User, id, { passwordHash });
      await manager.increment(User, { id }, 'tokenVersion', 1);
      await this.audit.record(manager, actor, { action: 'user.resetPassword', entity: 'User', entityId: id });
      return manager.findOneOrFail(User, { where: { id } });
    });
    userCache.drop(id);
    return user;
  }

  private async locked(manager: EntityManager, id: string): Promise<User> {
    const user = await manager.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!user) throw AppError.notFound(USER_LABEL);
    return user;
  }
}
