import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository, type EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { hashPassword } from '../auth/password.js';
import { userCache } from '../auth/user-cache.js';
import { AuditService } from '../audit/audit.service.js';
import { AppError, text } from '../errors/app-error.js';
import { OutboxService } from '../queue/outbox.service.js';
import type { CreateUserInput } from './dto/create-user.input.js';
import { Role } from './role.enum.js';
import { REGISTRATION_ATTEMPTED } from './registration-attempted.job.js';
import { USER_CREATED } from './user-created.job.js';
import { User } from './user.entity.js';
import type { StaffMember } from './staff-member.type.js';

const EMAIL_TAKEN = text('该邮箱已注册', 'is already registered');

/** Whether `error` is the refusal of an email that already has an account. */
export const isEmailTaken = (error: unknown): boolean =>
  error instanceof AppError && error.text.en === `email: ${EMAIL_TAKEN.en}`;

/** The password, or its hash when the caller hashed it already (registration hashes before it looks anything up). */
type NewUserSecret = { password: string; passwordHash?: never } | { passwordHash: string; password?: never };

export type NewUser = NewUserSecret & {
  email: string;
  name: string;
  role: Role;
  enterpriseId?: string | null;
};

const STAFF_MEMBERS_CAP = 500;

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async me(actor: Actor): Promise<User> {
    const user = actor.userId ? await this.users.findOne({ where: { id: actor.userId } }) : null;
    if (!user) throw AppError.unauthenticated();
    return user;
  }

  create(actor: Actor, input: CreateUserInput): Promise<User> {
    return this.dataSource.transaction((manager) => this.insert(manager, actor, input));
  }

  /**
   * Inserts a user with the caller's transaction: the audit row and the user.created job commit
   * with it. Registration of an enterprise reuses this inside its own transaction.
   */
  async insert(manager: EntityManager, actor: Actor, input: NewUser): Promise<User> {
    const email = input.email.trim().toLowerCase();
    if (await manager.exists(User, { where: { email } })) throw AppError.field('email', EMAIL_TAKEN);
    const user = manager.create(User, {
      email,
      name: input.name.trim(),
      role: input.role,
      passwordHash: input.passwordHash ?? (await hashPassword(input.password!)),
      enterpriseId: input.enterpriseId ?? null,
    });
    await manager.insert(User, user);
    await this.audit.record(manager, actor, { action: 'user.create', entity: 'User', entityId: user.id, after: user });
    await this.outbox.enqueue(manager, USER_CREATED, { userId: user.id });
    return user;
  }

  /**
   * A registration used this address, which already has an account: its owner is told (through
   * the outbox) and the attempt audited with the client address, in a transaction of its own (the
   * registration's was rolled back).
   */
  async noticeRegistrationAttempt(actor: Actor, email: string, address: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const owner = await this.findByEmail(manager, email);
      if (!owner) return;
      await this.audit.record(manager, actor, {
        action: 'user.registrationAttempt',
        entity: 'User',
        entityId: owner.id,
        after: { address },
      });
      await this.outbox.enqueue(manager, REGISTRATION_ATTEMPTED, { userId: owner.id });
    });
  }

  findById(id: string): Promise<User | null> {
    return this.users.findOne({ where: { id } });
  }

  /** Display names of users, in the order asked (null for none): one query, for a DataLoader. */
  async namesOf(ids: readonly string[]): Promise<(string | null)[]> {
    const users = await this.users.find({ where: { id: In([...ids]) }, select: { id: true, name: true } });
    return ids.map((id) => users.find((user) => user.id === id)?.name ?? null);
  }

  findByEmail(manager: EntityManager, email: string): Promise<User | null> {
    return manager.findOne(User, { where: { email: email.trim().toLowerCase() } });
  }

  /** Ids of the active users who act for an enterprise (to tell them about its records). */
  async usersOfEnterprise(manager: EntityManager, enterpriseId: string): Promise<string[]> {
    const users = await manager.find(User, { where: { enterpriseId, active: true }, select: { id: true } });
    return users.map((user) => user.id);
  }

  /** Ids of the active staff (admins and bureau staff), to tell them what needs their attention. */
  async staffIds(manager: EntityManager): Promise<string[]> {
    const users = await manager.find(User, {
      where: { role: In([Role.ADMIN, Role.BUREAU_STAFF]), active: true },
      select: { id: true },
    });
    return users.map((user) => user.id);
  }

  /** Active staff by name, for owner pickers (a bureau has tens of people; capped all the same). */
  async staffMembers(): Promise<StaffMember[]> {
    return this.users.find({
      where: { role: In([Role.ADMIN, Role.BUREAU_STAFF]), active: true },
      select: { id: true, name: true, role: true },
      order: { name: 'ASC', id: 'ASC' },
      take: STAFF_MEMBERS_CAP,
    });
  }

  /** Makes an existing user act for an enterprise (the demo seed), with its audit row. */
  async linkEnterprise(manager: EntityManager, actor: Actor, userId: string, enterpriseId: string): Promise<void> {
    const before = await manager.findOneOrFail(User, { where: { id: userId } });
    await manager.update(User, userId, { enterpriseId });
    userCache.drop(userId);
    await this.audit.record(manager, actor, {
      action: 'user.linkEnterprise',
      entity: 'User',
      entityId: userId,
      before: { enterpriseId: before.enterpriseId },
      after: { enterpriseId },
    });
  }
}
