import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEntry } from '../audit/audit-log.type.js';
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
    userNameResolver(AuditEntry, 'actorName', (entry) => entry.actorId, 'Who acted; null for the system.'),
  ],
  exports: [UsersService],
})
export class UsersModule {}
