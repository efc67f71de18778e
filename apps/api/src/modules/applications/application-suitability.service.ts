import { Injectable } from '@nestjs/common';
import { matchPark, type ParkMatchResult, type ParkProfile, type PlacementProject } from '#matching';
import type { EntityManager } from 'typeorm';
import { EnterprisesService } from '../enterprises/enterprises.service.js';
import type { Park } from '../parks/park.entity.js';
import { toParkProfile } from '../parks/park-profile.js';
import type { PlacementApplication } from './placement-application.entity.js';
import { toPlacementProject } from './placement-project.js';

/**
 * Builds what the park-matching engine reads from the owners' records: parks with their tenants
 * (counted by the enterprises context) and an application with its applicant's facts. Used by the
 * approval check here and by the park-matching context's ranking and allocation.
 */
@Injectable()
export class ApplicationSuitability {
  constructor(private readonly enterprises: EnterprisesService) {}

  async parkProfiles(manager: EntityManager, parks: readonly Park[]): Promise<ParkProfile[]> {
    const tenants = await this.enterprises.tenantCounts(
      parks.map((p) => p.code),
      manager,
    );
    return parks.map((park) => toParkProfile(park, tenants.get(park.code)));
  }

  async projects(
    manager: EntityManager,
    apps: readonly PlacementApplication[],
  ): Promise<Map<string, PlacementProject>> {
    const applicants = await this.enterprises.findByIds([...new Set(apps.map((a) => a.enterpriseId))], manager);
    const byId = new Map(applicants.map((e) => [e.id, e]));
    return new Map(apps.map((app) => [app.id, toPlacementProject(app, byId.get(app.enterpriseId) ?? null)]));
  }

  /** One application against one park: the hard constraints it fails, and its score. */
  async check(manager: EntityManager, app: PlacementApplication, park: Park): Promise<ParkMatchResult> {
    // One after the other: a transaction's connection runs one statement at a time anyway.
    const [profile] = await this.parkProfiles(manager, [park]);
    const projects = await this.projects(manager, [app]);
    return matchPark(projects.get(app.id)!, profile);
  }
}
