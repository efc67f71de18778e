import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { updateVersioned } from '../../core/database/optimistic-update.js';
import { AppError } from '../../core/errors/app-error.js';
import { fieldFault } from '../../core/errors/field-fault.js';
import { OutboxService } from '../../core/queue/outbox.service.js';
import { EnterpriseLookup } from '../enterprises/enterprise-lookup.service.js';
import type { ActivityInput } from './dto/activity.input.js';
import { LeadActivity } from './lead-activity.entity.js';
import { LEAD_OPERATING } from './lead-operating.job.js';
import { moveFaults } from './lead-stage.js';
import { LeadStageChange } from './lead-stage-change.entity.js';
import { Lead } from './lead.entity.js';
import { LeadStage as S } from './lead.enums.js';
import { LEAD_LABEL } from './leads.service.js';

/** The first thing the bureau does with an inbound enquiry answers it (stops its clock). */
function firstResponse(lead: Lead): Partial<Lead> {
  return lead.enquiryReceivedAt && !lead.firstResponseAt ? { firstResponseAt: new Date() } : {};
}

/** Moving leads through the pipeline and logging what the bureau did with them. */
@Injectable()
export class LeadPipelineService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly enterprises: EnterpriseLookup,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * One move, kept in the lead's history with who and when. A move the stage rules refuse names
   * each missing field; LOST keeps the reason and the stage it left (a reopen goes back there).
   * REGISTERED links the enterprise of the lead's USCC, registering it when the district has none.
   */
  moveStage(actor: Actor, id: string, version: number, to: S, note?: string | null): Promise<Lead> {
    return this.dataSource.transaction(async (manager) => {
      const lead = await manager.findOne(Lead, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!lead) throw AppError.notFound(LEAD_LABEL);
      if (lead.version !== version) throw AppError.conflict(LEAD_LABEL);
      const faults = moveFaults(lead, to, note);
      if (faults.length) throw AppError.faults(faults, { stage: to });
      const patch: Partial<Lead> = { stage: to, stageChangedAt: new Date(), ...firstResponse(lead) };
      if (to === S.LOST) Object.assign(patch, { lostFromStage: lead.stage, lostReason: note!.trim() });
      if (lead.stage === S.LOST) Object.assign(patch, { lostFromStage: null, lostReason: null });
      if (to === S.REGISTERED && !lead.enterpriseId) {
        patch.enterpriseId = await this.enterprises.ensureRegistered(manager, actor, {
          uscc: lead.uscc!,
          name: lead.companyName,
          industry: lead.industryCode,
          chainSegment: lead.chainSegment,
        });
      }
      await updateVersioned(manager, Lead, id, version, patch, LEAD_LABEL);
      await manager.insert(LeadStageChange, {
        leadId: id,
        from: lead.stage,
        to,
        actorId: actor.userId,
        note: note?.trim() || null,
      });
      const after = await manager.findOneOrFail(Lead, { where: { id } });
      await this.audit.record(manager, actor, {
        action: 'lead.move',
        entity: 'Lead',
        entityId: id,
        before: lead,
        after,
      });
      // Aftercare starts once the plant runs: a job schedules the first visit.
      const operating = [S.OPERATING, S.AFTERCARE];
      if (operating.includes(to) && !operating.includes(lead.stage)) {
        await this.outbox.enqueue(manager, LEAD_OPERATING, { leadId: id });
      }
      return after;
    });
  }

  /**
   * Logs a call, visit, meeting… A follow-up date becomes the lead's next action date (and its
   * version moves on, so an edit opened before it is told to reload rather than overwrite it).
   */
  logActivity(actor: Actor, leadId: string, input: ActivityInput): Promise<LeadActivity> {
    if (!input.summary.trim()) throw AppError.faults([fieldFault('summary', '不能为空', 'should not be empty')]);
    return this.dataSource.transaction(async (manager) => {
      const lead = await manager.findOne(Lead, { where: { id: leadId }, lock: { mode: 'pessimistic_write' } });
      if (!lead) throw AppError.notFound(LEAD_LABEL);
      const activity = manager.create(LeadActivity, {
        leadId,
        kind: input.kind,
        occurredAt: new Date(input.occurredAt),
        summary: input.summary.trim(),
        participants: (input.participants ?? []).map((p) => p.trim()).filter(Boolean),
        followUpOn: input.followUpOn ?? null,
        actorId: actor.userId,
      });
      await manager.insert(LeadActivity, activity);
      const patch = { ...firstResponse(lead), ...(input.followUpOn ? { nextActionDate: input.followUpOn } : {}) };
      if (Object.keys(patch).length) await updateVersioned(manager, Lead, leadId, lead.version, patch, LEAD_LABEL);
      await this.audit.record(manager, actor, {
        action: 'lead.activity',
        entity: 'Lead',
        entityId: leadId,
        after: activity,
      });
      return activity;
    });
  }
}
