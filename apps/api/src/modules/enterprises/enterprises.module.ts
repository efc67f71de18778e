import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../../core/auth/auth.module.js';
import { User } from '../../core/users/user.entity.js';
import { UsersModule } from '../../core/users/users.module.js';
import { UsersService } from '../../core/users/users.service.js';
import { ParksModule } from '../parks/parks.module.js';
import { SeedService } from '../reference-data/seed.service.js';
import { EnterpriseImportProgress } from './enterprise-import-progress.service.js';
import { EnterpriseImportService } from './enterprise-import.service.js';
import { EnterpriseLookup } from './enterprise-lookup.service.js';
import { EnterpriseProfileChange } from './enterprise-profile-change.entity.js';
import { FactMetaUpdatedByNameResolver, FactMetaVerifiedByNameResolver } from './enterprise-fact-meta.resolver.js';
import { EnterpriseProfileChangeResolver } from './enterprise-profile-change.resolver.js';
import { EnterpriseProfileService } from './enterprise-profile.service.js';
import { seedDemoEnterprise } from './enterprise-seed.js';
import { Enterprise } from './enterprise.entity.js';
import { EnterpriseExportController } from './enterprise-export.controller.js';
import { EnterpriseExportService } from './enterprise-export.service.js';
import { EnterprisesResolver } from './enterprises.resolver.js';
import { EnterprisesService } from './enterprises.service.js';
import { ParkTenantsResolver } from './park-tenants.resolver.js';
import { ParkTenants } from './park-tenants.service.js';
import { ProfileChangeHooks } from './profile-change-hooks.js';
import { UserEnterpriseResolver } from './user-enterprise.resolver.js';

@Module({
  // User: EnterpriseProfileChange.actorName reads user names.
  imports: [
    TypeOrmModule.forFeature([Enterprise, EnterpriseProfileChange, User]),
    UsersModule,
    AuthModule,
    ParksModule,
  ],
  providers: [
    EnterprisesService,
    EnterpriseProfileService,
    ProfileChangeHooks,
    EnterpriseImportService,
    EnterpriseImportProgress,
    EnterpriseLookup,
    EnterprisesResolver,
    UserEnterpriseResolver,
    EnterpriseProfileChangeResolver,
    FactMetaUpdatedByNameResolver,
    FactMetaVerifiedByNameResolver,
    ParkTenants,
    ParkTenantsResolver,
    EnterpriseExportService,
  ],
  controllers: [EnterpriseExportController],
  exports: [EnterprisesService, EnterpriseProfileService, ProfileChangeHooks, EnterpriseLookup],
})
export class EnterprisesModule implements OnModuleInit {
  constructor(
    private readonly seed: SeedService,
    private readonly profiles: EnterpriseProfileService,
    private readonly users: UsersService,
  ) {}

  /** Embedded demos: the demo enterprise user acts for a sample enterprise. */
  onModuleInit(): void {
    const services = { profiles: this.profiles, users: this.users };
    this.seed.addStep((manager, config) => seedDemoEnterprise(manager, config, services));
  }
}
