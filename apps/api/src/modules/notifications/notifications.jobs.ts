import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JobRegistry } from '../../core/queue/job-registry.js';
import { USER_CREATED } from '../../core/users/user-created.job.js';
import { UsersService } from '../../core/users/users.service.js';
import { SEND_NOTIFICATION } from './notification-message.js';
import { NotificationsService } from './notifications.service.js';

/** The notifications queue's processors: write a queued message; greet a new user. */
@Injectable()
export class NotificationsJobs implements OnModuleInit {
  constructor(
    private readonly registry: JobRegistry,
    private readonly notifications: NotificationsService,
    private readonly users: UsersService,
  ) {}

  onModuleInit(): void {
    this.registry.register(SEND_NOTIFICATION, (message) => this.notifications.write(message));
    this.registry.register(USER_CREATED, ({ userId }) => this.welcome(userId));
  }

  private async welcome(userId: string): Promise<void> {
    const user = await this.users.findById(userId);
    if (!user) return; // deleted meanwhile: nothing to greet
    await this.notifications.write({
      userId,
      kind: 'WELCOME',
      dedupeKey: 'welcome',
      title: `欢迎使用乌鲁木齐高新区招商服务平台，${user.name}`,
      titleEn: `Welcome to the Urumqi High-tech Zone investment platform, ${user.name}`,
      body: '您的账号已开通。',
      bodyEn: 'Your account is ready.',
    });
  }
}
