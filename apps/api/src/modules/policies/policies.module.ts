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
import { correctSeededPolicies, seedPolicies } from './policy-seed.js';
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
    private readonly lifecycle: PolicyLifecycle,
  ) {}

  /**
   * The plan's policies are loaded by the seed command (and at boot) after the reference data; a
   * seed corrected since (policy-seed-corrections.ts) is republished where its old v1 is untouched.
   */
  onModuleInit(): void {
    this.seed.addStep(async (manager) => {
      await seedPolicies(manager, this.audit);
      await correctSeededPolicies(manager, this.audit, this.lifecycle);
    });
  }
}
