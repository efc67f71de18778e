import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, Repository, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { AppError } from '../../core/errors/app-error.js';
import { paginate, type Connection } from '../../core/graphql/pagination.js';
import { JobRegistry } from '../../core/queue/job-registry.js';
import { OutboxService } from '../../core/queue/outbox.service.js';
import { QueueName } from '../../core/queue/queue-name.js';
import { User } from '../../core/users/user.entity.js';
import { WELCOME_JOB } from '../../core/users/users.service.js';
import { NOTIFY_JOB, type NotificationMessage } from './notification-message.js';
import { Notification } from './notification.entity.js';

@Injectable()
export class NotificationsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    private readonly outbox: OutboxService,
    private readonly registry: JobRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register(QueueName.NOTIFICATIONS, WELCOME_JOB, (payload) => this.sendWelcome(String(payload.userId)));
    this.registry.register(QueueName.NOTIFICATIONS, NOTIFY_JOB, (payload) =>
      this.write(payload as unknown as NotificationMessage),
    );
  }

  /** Queues a notification in the caller's transaction; it is written by a job after commit. */
  async enqueue(manager: EntityManager, message: NotificationMessage): Promise<void> {
    await this.outbox.enqueue(manager, QueueName.NOTIFICATIONS, NOTIFY_JOB, { ...message });
  }

  /** Idempotent: a second run for the same (user, dedupeKey) changes nothing. */
  async write(message: NotificationMessage): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(Notification)
      .values({ ...message, data: message.data ?? {} })
      .orIgnore()
      .execute();
  }

  private async sendWelcome(userId: string): Promise<void> {
    const user = await this.dataSource.getRepository(User).findOne({ where: { id: userId } });
    if (!user) return; // deleted meanwhile: nothing to greet
    await this.write({
      userId,
      kind: 'WELCOME',
      dedupeKey: 'welcome',
      title: `欢迎使用乌鲁木齐高新区招商服务平台，${user.name}`,
      titleEn: `Welcome to the Urumqi High-tech Zone investment platform, ${user.name}`,
      body: '您的账号已开通。',
      bodyEn: 'Your account is ready.',
    });
  }

  list(actor: Actor, first: number, after: string | undefined, unreadOnly: boolean): Promise<Connection<Notification>> {
    const query = this.notifications.createQueryBuilder('n').where('n.userId = :userId', { userId: actor.userId });
    if (unreadOnly) query.andWhere('n.readAt IS NULL');
    return paginate(query, { first, after, sortColumn: 'createdAt', direction: 'DESC' });
  }

  unreadCount(actor: Actor): Promise<number> {
    return this.notifications.count({ where: { userId: actor.userId!, readAt: IsNull() } });
  }

  /** Marks every unread notification of the actor read; answers how many were. */
  async markAllRead(actor: Actor): Promise<number> {
    const result = await this.notifications.update({ userId: actor.userId!, readAt: IsNull() }, { readAt: new Date() });
    return result.affected ?? 0;
  }

  /** Only the owner may mark; someone else's id answers NOT_FOUND. */
  async markRead(actor: Actor, id: string): Promise<Notification> {
    const found = await this.notifications.findOne({ where: { id, userId: actor.userId! } });
    if (!found) throw AppError.notFound('通知', 'Notification');
    if (!found.readAt) {
      found.readAt = new Date();
      await this.notifications.update({ id, userId: actor.userId! }, { readAt: found.readAt });
    }
    return found;
  }
}
