import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../../core/auth/auth.module.js';
import { User } from '../../core/users/user.entity.js';
import { UsersModule } from '../../core/users/users.module.js';
import { EnterpriseImportService } from './enterprise-import.service.js';
import { EnterpriseProfileChange } from './enterprise-profile-change.entity.js';
import { FactMetaUpdatedByNameResolver, FactMetaVerifiedByNameResolver } from './enterprise-fact-meta.resolver.js';
import { EnterpriseProfileChangeResolver } from './enterprise-profile-change.resolver.js';
import { Enterprise } from './enterprise.entity.js';
import { EnterprisesResolver } from './enterprises.resolver.js';
import { EnterprisesService } from './enterprises.service.js';
import { UserEnterpriseResolver } from './user-enterprise.resolver.js';

@Module({
  imports: [TypeOrmModule.forFeature([Enterprise, EnterpriseProfileChange, User]), UsersModule, AuthModule],
  providers: [
    EnterprisesService,
    EnterpriseImportService,
    EnterprisesResolver,
    UserEnterpriseResolver,
    EnterpriseProfileChangeResolver,
    FactMetaUpdatedByNameResolver,
    FactMetaVerifiedByNameResolver,
  ],
  exports: [EnterprisesService],
})
export class EnterprisesModule {}
