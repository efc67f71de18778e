import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../../core/users/users.module.js';
import { Notification } from './notification.entity.js';
import { NotificationsJobs } from './notifications.jobs.js';
import { NotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([Notification]), UsersModule],
  providers: [NotificationsService, NotificationsJobs, NotificationsResolver],
  exports: [NotificationsService],
})
export class NotificationsModule {}
