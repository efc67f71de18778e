import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { INDUSTRIES } from '#plan-data';
import { DataSource } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { PlacementCounts, type ParkPlacementCount } from '../applications/placement-counts.service.js';
import { EnterpriseLookup } from '../enterprises/enterprise-lookup.service.js';
import { LeadKpisService } from '../leads/lead-kpis.service.js';
import { RequestsService } from '../requests/requests.service.js';
import { chainCoverage } from './chain-coverage.js';
import type { Dashboard, PlacementSummary } from './dashboard.type.js';

/** The bureau's landing page, assembled from each context's own grouped counts. */
@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly kpis: LeadKpisService,
    private readonly enterprises: EnterpriseLookup,
    private readonly requests: RequestsService,
    private readonly placementCounts: PlacementCounts,
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
    const placements = placementSummary(await this.placementCounts.perPark(includeSample), actor.locale === 'en-US');
    return {
      pipeline,
      chainCoverage: chainCoverage(priority, counts, actor.locale === 'en-US'),
      overdueActions: pipeline.stages.reduce((sum, stage) => sum + stage.overdue, 0),
      openRequests: requests.open,
      overdueRequests: requests.overdue,
      realLeads: leads.real,
      sampleLeads: leads.sample,
      placements,
    };
  }
}

/** Enclave placements apart from the district's own: they pay only part of their tax here. */
export function placementSummary(perPark: ParkPlacementCount[], english: boolean): PlacementSummary {
  const enclaves = perPark.filter((park) => park.enclave);
  const sum = (parks: ParkPlacementCount[]) => parks.reduce((total, park) => total + park.placements, 0);
  return {
    inDistrict: sum(perPark.filter((park) => !park.enclave)),
    inEnclaves: sum(enclaves),
    byEnclave: enclaves.map((park) => ({
      parkId: park.parkId,
      parkName: english ? park.nameEn : park.name,
      partner: english ? (park.enclavePartnerEn ?? park.enclavePartner) : park.enclavePartner,
      districtTaxSharePercent: park.districtTaxSharePercent,
      placements: park.placements,
      landMu: park.landMu,
      floorSqm: park.floorSqm,
    })),
  };
}
