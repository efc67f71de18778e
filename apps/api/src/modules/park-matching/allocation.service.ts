import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { localize, proposeAllocation } from '#matching';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { AppError, text } from '../../core/errors/app-error.js';
import { ApplicationSuitability } from '../applications/application-suitability.service.js';
import { ApplicationsService } from '../applications/applications.service.js';
import { ParksService } from '../parks/parks.service.js';
import type { AllocationProposal } from './allocation.type.js';
import { HighsSolver } from './highs-solver.js';

/** Enough for a round of competing applications; the MIP stays small enough to solve in seconds. */
export const MAX_ALLOCATION_SIZE = 200;

/** Allocation proposals: competing open applications against every active park's free space. */
@Injectable()
export class AllocationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationsService,
    private readonly parks: ParksService,
    private readonly suitability: ApplicationSuitability,
    private readonly highs: HighsSolver,
  ) {}

  /** Proposes; saves nothing. Every id must name an open (submitted, not decided) application. */
  async propose(actor: Actor, applicationIds: readonly string[]): Promise<AllocationProposal> {
    const ids = [...new Set(applicationIds)];
    if (!ids.length || ids.length > MAX_ALLOCATION_SIZE) {
      throw AppError.field(
        'applicationIds',
        text(`须包含 1 至 ${MAX_ALLOCATION_SIZE} 个申请`, `must name 1 to ${MAX_ALLOCATION_SIZE} applications`),
      );
    }
    const manager = this.dataSource.manager;
    const apps = ids.every((id) => isUUID(id)) ? await this.applications.findOpen(manager, { ids }) : [];
    if (apps.length !== ids.length) {
      const open = new Set(apps.map((a) => a.id));
      const missing = ids.filter((id) => !open.has(id));
      throw AppError.field(
        'applicationIds',
        text(
          `以下申请不存在或已决定，不能参与分配：${missing.join('、')}`,
          `names applications that do not exist or are decided: ${missing.join(', ')}`,
        ),
      );
    }
    const parks = await this.parks.findPlacementTargets(manager);
    const profiles = await this.suitability.parkProfiles(manager, parks);
    const projects = await this.suitability.projects(manager, apps);
    const requests = apps.map((app) => ({ id: app.id, project: projects.get(app.id)! }));
    const proposal = proposeAllocation(requests, profiles, await this.highs.solver());
    const appById = new Map(apps.map((a) => [a.id, a]));
    const parkById = new Map(parks.map((p) => [p.id, p]));
    return {
      assignments: proposal.assignments.map((a) => ({
        application: appById.get(a.applicationId)!,
        park: parkById.get(a.parkId)!,
        score: a.score,
      })),
      unassigned: proposal.unassigned.map((u) => ({
        application: appById.get(u.applicationId)!,
        reasons: u.reasons.map((r) => localize(r, actor.locale)),
      })),
      objective: proposal.objective,
      gap: proposal.gap,
    };
  }
}
