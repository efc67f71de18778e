import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxService } from '../../core/queue/outbox.service.js';
import { MATCH_APPLICATION_PARKS } from '../applications/application-submitted.job.js';
import { ApplicationsService } from '../applications/applications.service.js';
import { ProfileChangeHooks } from '../enterprises/profile-change-hooks.js';

/** The applicant's facts park matching reads (placement-project.ts). */
const MATCHED_FACTS: ReadonlySet<string> = new Set(['industry', 'chainSegment', 'tier']);

/**
 * When an applicant's industry, chain segment or tier changes, its open applications are
 * re-matched: one outbox event each, in the transaction of the profile change.
 */
@Injectable()
export class ParkMatchingTriggers implements OnModuleInit {
  constructor(
    private readonly hooks: ProfileChangeHooks,
    private readonly applications: ApplicationsService,
    private readonly outbox: OutboxService,
  ) {}

  onModuleInit(): void {
    this.hooks.add((manager, enterpriseId, fields) => this.profileChanged(manager, enterpriseId, fields));
  }

  private async profileChanged(manager: EntityManager, enterpriseId: string, fields: readonly string[]) {
    if (!fields.some((field) => MATCHED_FACTS.has(field))) return;
    for (const app of await this.applications.findOpen(manager, { enterpriseId })) {
      await this.outbox.enqueue(manager, MATCH_APPLICATION_PARKS, { applicationId: app.id });
    }
  }
}
