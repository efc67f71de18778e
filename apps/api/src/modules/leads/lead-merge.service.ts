import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import { updateVersioned } from '../../core/database/optimistic-update.js';
import { AppError } from '../../core/errors/app-error.js';
import { fieldFault } from '../../core/errors/field-fault.js';
import { OutboxService } from '../../core/queue/outbox.service.js';
import { LeadActivity } from './lead-activity.entity.js';
import { LEAD_CHANGED } from './lead-changed.job.js';
import { refreshShortfallFlag } from './lead-shortfall-flag.js';
import { LeadStageChange } from './lead-stage-change.entity.js';
import { Lead } from './lead.entity.js';
import { LEAD_LABEL } from './leads.service.js';

/** Fields the kept lead takes from the merged one where it has none. */
const FILLABLE = [
  'uscc',
  'origin',
  'ownership',
  'sourceDetail',
  'industryCode',
  'chainSegment',
  'plannedInvestment',
  'jobs',
  'expectedAnnualTax',
  'landMu',
  'floorSqm',
  'pollutionCategory',
  'targetParkId',
  'ownerId',
  'probability',
  'expectedSigningDate',
  'nextAction',
  'nextActionDate',
  'enterpriseId',
  'enquiryReceivedAt',
  'responseDueAt',
  'firstResponseAt',
] as const satisfies readonly (keyof Lead)[];

const union = <T>(a: readonly T[], b: readonly T[], key: (item: T) => string = String): T[] => {
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((item) => !seen.has(key(item)))];
};

/** Two records of one company become one: nothing logged on either is lost. */
@Injectable()
export class LeadMergeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * Keeps `keepId`: it takes every activity and history entry of `mergeId`, the values it lacks, the
   * union of tags, flags and contacts, and a history line naming the merged lead; `mergeId` is gone.
   * Both versions are checked, so nobody's open edit of either is silently lost.
   */
  merge(actor: Actor, keepId: string, keepVersion: number, mergeId: string, mergeVersion: number): Promise<Lead> {
    if (keepId === mergeId)
      throw AppError.faults([fieldFault('mergeId', '不能与自身合并', 'cannot merge a lead into itself')]);
    return this.dataSource.transaction(async (manager) => {
      const [keep, gone] = await Promise.all(
        [keepId, mergeId].map((id) => manager.findOne(Lead, { where: { id }, lock: { mode: 'pessimistic_write' } })),
      );
      if (!keep || !gone) throw AppError.notFound(LEAD_LABEL);
      if (keep.version !== keepVersion || gone.version !== mergeVersion) throw AppError.conflict(LEAD_LABEL);
      const patch: Partial<Lead> = {
        tags: union(keep.tags, gone.tags),
        targetFlags: union(keep.targetFlags, gone.targetFlags),
        contacts: union(keep.contacts, gone.contacts, (c) => `${c.name}|${c.phone ?? ''}`),
        summary: [keep.summary, gone.summary].filter(Boolean).join('\n'),
        expansionIntent: keep.expansionIntent || gone.expansionIntent,
        atRisk: keep.atRisk || gone.atRisk,
        atRiskReason: [keep.atRiskReason, gone.atRiskReason].filter(Boolean).join('\n') || null,
      };
      for (const field of FILLABLE) {
        if (keep[field] === null && gone[field] !== null) Object.assign(patch, { [field]: gone[field] });
      }
      await manager.update(LeadActivity, { leadId: mergeId }, { leadId: keepId });
      await manager.update(LeadStageChange, { leadId: mergeId }, { leadId: keepId });
      await manager.insert(LeadStageChange, {
        leadId: keepId,
        from: keep.stage,
        to: keep.stage,
        actorId: actor.userId,
        note: `合并了线索“${gone.companyName}”`,
      });
      await this.moveAftercare(manager, keepId, mergeId);
      await manager.delete(Lead, { id: mergeId });
      await updateVersioned(manager, Lead, keepId, keepVersion, patch, LEAD_LABEL);
      await refreshShortfallFlag(manager, keepId, this.config.COMMITMENT_SHORTFALL_SHARE);
      const after = await manager.findOneOrFail(Lead, { where: { id: keepId } });
      await this.audit.record(manager, actor, {
        action: 'lead.merge',
        entity: 'Lead',
        entityId: keepId,
        before: { kept: keep, merged: gone },
        after,
      });
      await this.outbox.enqueue(manager, LEAD_CHANGED, { leadId: keepId });
      return after;
    });
  }

  /**
   * The merged lead's yearly actuals (for years the kept one has not recorded) and aftercare visits
   * (its planned one only if the kept lead has none planned) move over; the rest goes with it.
   */
  private async moveAftercare(manager: EntityManager, keepId: string, mergeId: string): Promise<void> {
    await manager.query(
      `UPDATE lead_actuals SET "leadId" = $1 WHERE "leadId" = $2
         AND year NOT IN (SELECT year FROM lead_actuals WHERE "leadId" = $1)`,
      [keepId, mergeId],
    );
    await manager.query(
      `UPDATE lead_aftercare_visits SET "leadId" = $1 WHERE "leadId" = $2
         AND (status <> 'PLANNED' OR NOT EXISTS
           (SELECT 1 FROM lead_aftercare_visits k WHERE k."leadId" = $1 AND k.status = 'PLANNED'))`,
      [keepId, mergeId],
    );
  }
}
