import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicationsModule } from '../applications/applications.module.js';
import { EnterprisesModule } from '../enterprises/enterprises.module.js';
import { ParksModule } from '../parks/parks.module.js';
import { AllocationApplier } from './allocation-apply.service.js';
import { AllocationResolver } from './allocation.resolver.js';
import { AllocationService } from './allocation.service.js';
import { HighsSolver } from './highs-solver.js';
import { ParkMatchRow } from './park-match.entity.js';
import { ParkMatcher } from './park-matcher.service.js';
import { ParkMatchesResolver } from './park-matching.resolver.js';
import { ParkMatchesService } from './park-matches.service.js';
import { ParkMatchingJobs } from './park-matching.jobs.js';
import { ParkMatchingTriggers } from './park-matching.triggers.js';

/** Park matching: parks ranked per application in the background, read back; allocation proposals. */
@Module({
  imports: [TypeOrmModule.forFeature([ParkMatchRow]), ApplicationsModule, EnterprisesModule, ParksModule],
  providers: [
    ParkMatcher,
    ParkMatchesService,
    ParkMatchesResolver,
    ParkMatchingJobs,
    ParkMatchingTriggers,
    HighsSolver,
    AllocationService,
    AllocationApplier,
    AllocationResolver,
  ],
})
export class ParkMatchingModule {}
