import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JobRegistry } from '../../core/queue/job-registry.js';
import { LeadAftercareService } from './lead-aftercare.service.js';
import { LEAD_CHANGED } from './lead-changed.job.js';
import { LEAD_OPERATING } from './lead-operating.job.js';
import { LeadScoringService } from './lead-scoring.service.js';

/** The leads context's processors. */
@Injectable()
export class LeadsJobs implements OnModuleInit {
  constructor(
    private readonly registry: JobRegistry,
    private readonly scoring: LeadScoringService,
    private readonly aftercare: LeadAftercareService,
  ) {}

  onModuleInit(): void {
    this.registry.register(LEAD_CHANGED, ({ leadId }) => this.scoring.score(leadId));
    this.registry.register(LEAD_OPERATING, ({ leadId }) => this.aftercare.scheduleFirstVisit(leadId));
  }
}
