import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../../core/users/users.module.js';
import { EnterprisesModule } from '../enterprises/enterprises.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { PoliciesModule } from '../policies/policies.module.js';
import { EnterpriseEligibleCountResolver } from './enterprise-eligible-count.resolver.js';
import { MatchDeadlineNotifier } from './match-deadline-notifier.service.js';
import { MatchNotifier } from './match-notifier.service.js';
import { MatchRunChunk } from './match-run-chunk.entity.js';
import { MatchRun } from './match-run.entity.js';
import { MatchRunsService } from './match-runs.service.js';
import { MatchScheduler } from './match-scheduler.service.js';
import { MatchingJobs } from './matching.jobs.js';
import { MatchingResolver } from './matching.resolver.js';
import { MatchingService } from './matching.service.js';
import { PolicyMatchRecord } from './policy-match.entity.js';
import { PolicyMatchRunResolver } from './policy-match-run.resolver.js';
import { PolicyMatchesService } from './policy-matches.service.js';
import { PolicyQualifierResolver } from './policy-qualifier.resolver.js';
import { QualifierExportController } from './qualifier-export.controller.js';
import { QualifierExportService } from './qualifier-export.service.js';

/** Policy matching: stored matches per enterprise and policy version, re-match runs and their jobs. */
@Module({
  imports: [
    TypeOrmModule.forFeature([PolicyMatchRecord, MatchRun, MatchRunChunk]),
    UsersModule,
    EnterprisesModule,
    PoliciesModule,
    NotificationsModule,
  ],
  providers: [
    MatchingService,
    MatchRunsService,
    MatchNotifier,
    MatchDeadlineNotifier,
    PolicyMatchesService,
    MatchingJobs,
    MatchScheduler,
    MatchingResolver,
    EnterpriseEligibleCountResolver,
    PolicyMatchRunResolver,
    PolicyQualifierResolver,
    QualifierExportService,
  ],
  controllers: [QualifierExportController],
  // MatchRunsService: the demo data starts a run when it loads.
  exports: [MatchingService, MatchRunsService],
})
export class MatchingModule {}
