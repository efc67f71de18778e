import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { INDUSTRIES } from '#plan-data';
import { DataSource } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { EnterpriseLookup } from '../enterprises/enterprise-lookup.service.js';
import { LeadKpisService } from '../leads/lead-kpis.service.js';
import { RequestsService } from '../requests/requests.service.js';
import { chainCoverage } from './chain-coverage.js';
import type { Dashboard } from './dashboard.type.js';

/** The bureau's landing page, assembled from each context's own grouped counts. */
@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly kpis: LeadKpisService,
    private readonly enterprises: EnterpriseLookup,
    private readonly requests: RequestsService,
  ) {}

  /** `includeSample`: sample (demo) leads and enterprises count too; requests are counted whole. */
  async dashboard(actor: Actor, includeSample: boolean): Promise<Dashboard> {
    const pipeline = await this.kpis.pipelineSummary(actor, {}, includeSample);
    const counts = {
      enterprises: await this.enterprises.countsBySegment(this.dataSource.manager, includeSample),
      leads: await this.kpis.segmentCounts(includeSample),
    };
    const priority = INDUSTRIES.filter((industry) => industry.category === 'PRIORITY');
    // Requests carry a sample flag too, but their counts are the requests context's to filter.
    const requests = await this.requests.openCounts(includeSample);
    const leads = await this.kpis.sampleCounts();
    return {
      pipeline,
      chainCoverage: chainCoverage(priority, counts, actor.locale === 'en-US'),
      overdueActions: pipeline.stages.reduce((sum, stage) => sum + stage.overdue, 0),
      openRequests: requests.open,
      overdueRequests: requests.overdue,
      realLeads: leads.real,
      sampleLeads: leads.sample,
    };
  }
}
