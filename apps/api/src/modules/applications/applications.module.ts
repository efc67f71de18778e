import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../../core/users/users.module.js';
import { EnterprisesModule } from '../enterprises/enterprises.module.js';
import { FilesModule } from '../files/files.module.js';
import { ParksModule } from '../parks/parks.module.js';
import { ApplicationDecisions } from './application-decisions.service.js';
import { ApplicationFilesPolicy } from './application-files.policy.js';
import { ApplicationExportController } from './application-export.controller.js';
import { ApplicationExportService } from './application-export.service.js';
import { ApplicationSuitability } from './application-suitability.service.js';
import { ApplicationStatusChange } from './application-status-change.entity.js';
import { ApplicationTransitions } from './application-transitions.service.js';
import { ApplicationDecidedByNameResolver, StatusChangeActorNameResolver } from './application-user-names.resolver.js';
import { ApplicationsResolver, EnterpriseApplicationsResolver } from './applications.resolver.js';
import { ApplicationsService } from './applications.service.js';
import { PlacementApplication } from './placement-application.entity.js';
import { PlacementCounts } from './placement-counts.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([PlacementApplication, ApplicationStatusChange]),
    EnterprisesModule,
    ParksModule,
    UsersModule,
    FilesModule,
  ],
  providers: [
    ApplicationsService,
    ApplicationTransitions,
    ApplicationDecisions,
    ApplicationSuitability,
    ApplicationsResolver,
    EnterpriseApplicationsResolver,
    ApplicationDecidedByNameResolver,
    StatusChangeActorNameResolver,
    ApplicationFilesPolicy,
    ApplicationExportService,
    PlacementCounts,
  ],
  controllers: [ApplicationExportController],
  exports: [ApplicationsService, ApplicationTransitions, ApplicationDecisions, ApplicationSuitability, PlacementCounts],
})
export class ApplicationsModule {}
