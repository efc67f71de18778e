import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditService } from '../../core/audit/audit.service.js';
import { EnterprisesModule } from '../enterprises/enterprises.module.js';
import { SeedService } from '../reference-data/seed.service.js';
import { PolicyExportController } from './policy-export.controller.js';
import { PolicyExportService } from './policy-export.service.js';
import { PoliciesResolver } from './policies.resolver.js';
import { PoliciesService } from './policies.service.js';
import { PolicyCodes } from './policy-codes.js';
import { PolicyLifecycle } from './policy-lifecycle.js';
import { PolicyPublishedByNameResolver } from './policy-user-names.resolver.js';
import { seedPolicies } from './policy-seed.js';
import { PolicySimulationService } from './policy-simulation.service.js';
import { Policy } from './policy.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([Policy]), EnterprisesModule],
  providers: [
    PoliciesService,
    PolicySimulationService,
    PolicyCodes,
    PolicyLifecycle,
    PoliciesResolver,
    PolicyPublishedByNameResolver,
    PolicyExportService,
  ],
  controllers: [PolicyExportController],
  exports: [PoliciesService, PolicyCodes, PolicyLifecycle],
})
export class PoliciesModule implements OnModuleInit {
  constructor(
    private readonly seed: SeedService,
    private readonly audit: AuditService,
  ) {}

  /** The plan's policies are loaded by the seed command (and at boot) after the reference data. */
  onModuleInit(): void {
    this.seed.addStep((manager) => seedPolicies(manager, this.audit).then(() => undefined));
  }
}
