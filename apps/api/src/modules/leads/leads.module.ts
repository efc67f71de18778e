import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../../core/users/users.module.js';
import { EnterprisesModule } from '../enterprises/enterprises.module.js';
import { ParksModule } from '../parks/parks.module.js';
import { LeadActivity } from './lead-activity.entity.js';
import { LeadActual } from './lead-actual.entity.js';
import { LeadAftercareVisit } from './lead-aftercare-visit.entity.js';
import { LeadAftercareResolver, LeadAftercareVisitResolver } from './lead-aftercare.resolver.js';
import { LeadAftercareService } from './lead-aftercare.service.js';
import { LeadCommitmentsService } from './lead-commitments.service.js';
import { LeadDuplicatesService } from './lead-duplicates.service.js';
import { LeadKpisService } from './lead-kpis.service.js';
import { LeadMergeService } from './lead-merge.service.js';
import { LeadPipelineService } from './lead-pipeline.service.js';
import { LeadScoringService } from './lead-scoring.service.js';
import { LeadsJobs } from './leads.jobs.js';
import { LeadStageChange } from './lead-stage-change.entity.js';
import { Lead } from './lead.entity.js';
import { LeadActivityResolver, LeadStageChangeResolver, LeadsResolver } from './leads.resolver.js';
import { LeadsService } from './leads.service.js';

/** The bureau's investment pipeline: leads, their stages and activities, commitments and aftercare. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Lead, LeadStageChange, LeadActivity, LeadActual, LeadAftercareVisit]),
    ParksModule,
    EnterprisesModule,
    UsersModule,
  ],
  providers: [
    LeadsService,
    LeadPipelineService,
    LeadDuplicatesService,
    LeadKpisService,
    LeadMergeService,
    LeadScoringService,
    LeadCommitmentsService,
    LeadAftercareService,
    LeadsJobs,
    LeadsResolver,
    LeadStageChangeResolver,
    LeadActivityResolver,
    LeadAftercareResolver,
    LeadAftercareVisitResolver,
  ],
  exports: [LeadsService, LeadKpisService, LeadDuplicatesService],
})
export class LeadsModule {}
