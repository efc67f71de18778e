import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, Repository, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { AppError, text } from '../../core/errors/app-error.js';
import { paginate, type Connection } from '../../core/graphql/pagination.js';
import { OutboxService } from '../../core/queue/outbox.service.js';
import { SEND_NOTIFICATION, type NotificationMessage } from './notification-message.js';
import { Notification } from './notification.entity.js';

export const NOTIFICATION_LABEL = text('通知', 'Notification');

@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    private readonly outbox: OutboxService,
  ) {}

  /** Queues a notification in the caller's transaction; it is written by a job after commit. */
  async enqueue(manager: EntityManager, message: NotificationMessage): Promise<void> {
    await this.outbox.enqueue(manager, SEND_NOTIFICATION, message);
  }

  /** One message to each of `userIds` (all staff, an enterprise's users) in two statements, not 2 per user. */
  async enqueueToEach(
    manager: EntityManager,
    userIds: readonly string[],
    message: Omit<NotificationMessage, 'userId'>,
  ) {
    await this.outbox.enqueueMany(
      manager,
      SEND_NOTIFICATION,
      userIds.map((userId) => ({ ...message, userId })),
    );
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
    if (!found) throw AppError.notFound(NOTIFICATION_LABEL);
    if (!found.readAt) {
      found.readAt = new Date();
      await this.notifications.update({ id, userId: actor.userId! }, { readAt: found.readAt });
    }
    return found;
  }
}
