import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../../core/users/users.module.js';
import { EnterprisesModule } from '../enterprises/enterprises.module.js';
import { FilesModule } from '../files/files.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { EnterpriseRequest } from './enterprise-request.entity.js';
import { RequestExportController } from './request-export.controller.js';
import { RequestExportService } from './request-export.service.js';
import { RequestFilesPolicy } from './request-files.policy.js';
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
    FilesModule,
  ],
  providers: [RequestsService, RequestsResolver, RequestMessageResolver, RequestFilesPolicy, RequestExportService],
  controllers: [RequestExportController],
  exports: [RequestsService],
})
export class RequestsModule {}
