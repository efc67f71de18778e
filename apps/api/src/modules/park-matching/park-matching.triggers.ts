import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxService } from '../../core/queue/outbox.service.js';
import { MATCH_APPLICATION_PARKS } from '../applications/application-submitted.job.js';
import { ApplicationsService } from '../applications/applications.service.js';
import { EnterprisesService } from '../enterprises/enterprises.service.js';
import { ProfileChangeHooks } from '../enterprises/profile-change-hooks.js';
import { PARK_CHANGED, type ParkChangeScope } from '../parks/park-changed.job.js';
import { ParksService } from '../parks/parks.service.js';

/** The applicant's facts park matching reads (placement-project.ts). */
const MATCHED_FACTS: ReadonlySet<string> = new Set(['industry', 'chainSegment', 'tier']);
/** A tenant's facts a park's chain synergy counts (its tenants by industry and chain segment). */
const TENANT_FACTS: ReadonlySet<string> = new Set(['parkCode', 'industry', 'chainSegment']);

/**
 * Profile changes that move park matches, each an outbox event in the transaction of the change:
 * an applicant's industry, chain segment or tier re-matches its open applications; a tenant
 * moving into a park (or changing industry there) re-matches that park against the open
 * applications whose chain synergy it changes.
 */
@Injectable()
export class ParkMatchingTriggers implements OnModuleInit {
  constructor(
    private readonly hooks: ProfileChangeHooks,
    private readonly applications: ApplicationsService,
    private readonly enterprises: EnterprisesService,
    private readonly parks: ParksService,
    private readonly outbox: OutboxService,
  ) {}

  onModuleInit(): void {
    this.hooks.add((manager, enterpriseId, fields) => this.profileChanged(manager, enterpriseId, fields));
    this.hooks.add((manager, enterpriseId, fields) => this.tenantChanged(manager, enterpriseId, fields));
  }

  private async profileChanged(manager: EntityManager, enterpriseId: string, fields: readonly string[]) {
    if (!fields.some((field) => MATCHED_FACTS.has(field))) return;
    for (const app of await this.applications.findOpen(manager, { enterpriseId })) {
      await this.outbox.enqueue(manager, MATCH_APPLICATION_PARKS, { applicationId: app.id });
    }
  }

  private async tenantChanged(manager: EntityManager, enterpriseId: string, fields: readonly string[]) {
    if (!fields.some((field) => TENANT_FACTS.has(field))) return;
    const [tenant] = await this.enterprises.findByIds([enterpriseId], manager);
    if (!tenant?.parkCode) return;
    const park = (await this.parks.findActive(manager)).find((p) => p.code === tenant.parkCode);
    if (!park) return;
    let only: ParkChangeScope = {};
    if (!fields.includes('industry') && !fields.includes('chainSegment')) {
      // Only the park changed: the tenant adds to its industry's and its segment's counts.
      if (!tenant.industry && !tenant.chainSegment) return;
      only = {
        industries: tenant.industry ? [tenant.industry] : [],
        segments: tenant.chainSegment ? [tenant.chainSegment] : [],
      };
    }
    await this.outbox.enqueue(manager, PARK_CHANGED, { parkId: park.id, only });
  }
}
