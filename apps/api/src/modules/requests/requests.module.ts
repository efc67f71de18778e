import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../../core/users/users.module.js';
import { EnterprisesModule } from '../enterprises/enterprises.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { EnterpriseRequest } from './enterprise-request.entity.js';
import { RequestMessage } from './request-message.entity.js';
import { RequestMessageResolver, RequestsResolver } from './requests.resolver.js';
import { RequestsService } from './requests.service.js';

/** Enterprises' requests and complaints to the bureau (企业诉求). */
@Module({
  imports: [
    TypeOrmModule.forFeature([EnterpriseRequest, RequestMessage]),
    UsersModule,
    EnterprisesModule,
    NotificationsModule,
  ],
  providers: [RequestsService, RequestsResolver, RequestMessageResolver],
  exports: [RequestsService],
})
export class RequestsModule {}
