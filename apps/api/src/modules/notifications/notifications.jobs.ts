import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JobRegistry } from '../../core/queue/job-registry.js';
import { REGISTRATION_ATTEMPTED } from '../../core/users/registration-attempted.job.js';
import { USER_CREATED } from '../../core/users/user-created.job.js';
import { UsersService } from '../../core/users/users.service.js';
import { SEND_NOTIFICATION } from './notification-message.js';
import { NotificationsService } from './notifications.service.js';

/** The notifications queue's processors: write a queued message; greet a new user; warn of a registration with a taken email. */
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
    this.registry.register(REGISTRATION_ATTEMPTED, ({ userId }) => this.registrationAttempted(userId));
  }

  /** At most one notice a day (China time) however often the address is tried. */
  private async registrationAttempted(userId: string): Promise<void> {
    const day = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    await this.notifications.write({
      userId,
      kind: 'SECURITY_NOTICE',
      dedupeKey: `registration-attempt:${day}`,
      title: '有人尝试用您的邮箱注册企业账号',
      titleEn: 'Someone tried to register an enterprise with your email',
      body: '如果是您本人，请直接用此邮箱登录；如果不是，无需处理，您的账号未受影响。',
      bodyEn: 'If it was you, sign in with this email instead. If not, nothing is needed: your account is unchanged.',
    });
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
