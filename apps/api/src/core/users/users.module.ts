import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEntry } from '../audit/audit-log.type.js';
import { UserExportController } from './user-export.controller.js';
import { UserExportService } from './user-export.service.js';
import { UserAdminResolver } from './user-admin.resolver.js';
import { UserAdminService } from './user-admin.service.js';
import { userNameResolver } from './user-name.resolver.js';
import { User } from './user.entity.js';
import { UsersResolver } from './users.resolver.js';
import { UsersService } from './users.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([User])],
  providers: [
    UsersService,
    UsersResolver,
    UserAdminService,
    UserAdminResolver,
    UserExportService,
    userNameResolver(AuditEntry, 'actorName', (entry) => entry.actorId, 'Who acted; null for the system.'),
  ],
  controllers: [UserExportController],
  exports: [UsersService],
})
export class UsersModule {}
