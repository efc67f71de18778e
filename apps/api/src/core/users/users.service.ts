import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository, type EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { hashPassword } from '../auth/password.js';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../errors/app-error.js';
import { paginate, type Connection } from '../graphql/pagination.js';
import { OutboxService } from '../queue/outbox.service.js';
import { QueueName } from '../queue/queue-name.js';
import type { CreateUserInput } from './dto/create-user.input.js';
import { Role } from './role.enum.js';
import { User } from './user.entity.js';

export const WELCOME_JOB = 'user.welcome';

export interface NewUser {
  email: string;
  password: string;
  name: string;
  role: Role;
  enterpriseId?: string | null;
}

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
   * Inserts a user with the caller's transaction: the audit row and the welcome job commit with
   * it. Registration of an enterprise reuses this inside its own transaction.
   */
  async insert(manager: EntityManager, actor: Actor, input: NewUser): Promise<User> {
    const email = input.email.trim().toLowerCase();
    if (await manager.exists(User, { where: { email } })) {
      throw AppError.field('email', '该邮箱已注册', 'is already registered');
    }
    const user = manager.create(User, {
      email,
      name: input.name.trim(),
      role: input.role,
      passwordHash: await hashPassword(input.password),
      enterpriseId: input.enterpriseId ?? null,
    });
    await manager.insert(User, user);
    await this.audit.record(manager, actor, { action: 'user.create', entity: 'User', entityId: user.id, after: user });
    await this.outbox.enqueue(manager, QueueName.NOTIFICATIONS, WELCOME_JOB, { userId: user.id });
    return user;
  }

  list(_actor: Actor, first: number, after?: string): Promise<Connection<User>> {
    return paginate(this.users.createQueryBuilder('u'), { first, after, sortColumn: 'createdAt', direction: 'DESC' });
  }
}
