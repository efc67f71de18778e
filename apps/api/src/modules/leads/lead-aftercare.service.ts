import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { SYSTEM_ACTOR, type Actor } from '../../core/auth/actor.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import { updateVersioned } from '../../core/database/optimistic-update.js';
import { AppError, text } from '../../core/errors/app-error.js';
import { fieldFault } from '../../core/errors/field-fault.js';
import { Role } from '../../core/users/role.enum.js';
import { User } from '../../core/users/user.entity.js';
import type {
  CompleteAftercareVisitInput,
  LeadAftercareFlagsInput,
  ScheduleAftercareVisitInput,
} from './dto/aftercare.input.js';
import { AftercareVisitStatus as V, LeadAftercareVisit } from './lead-aftercare-visit.entity.js';
import { assertStage } from './lead-commitments.service.js';
import { LANDED_STAGES } from './lead-scoring.service.js';
import { Lead } from './lead.entity.js';
import { LeadStage } from './lead.enums.js';
import { LEAD_LABEL } from './leads.service.js';
import { CHINA_OFFSET_MS } from '../../core/time/working-days.js';

export const AFTERCARE_VISIT_LABEL = text('落地服务走访', 'Aftercare visit');
export const OPERATING_STAGES = [LeadStage.OPERATING, LeadStage.AFTERCARE];
const OPERATING_ONLY = { zh: '投产后才安排落地服务走访', en: 'aftercare visits start once it operates' };
const SIGNED_OR_LATER = { zh: '签约后才能标记扩产意向或经营风险', en: 'these flags apply once it is signed' };

const DAY_MS = 86_400_000;
const chinaDate = (time: number): string => new Date(time + CHINA_OFFSET_MS).toISOString().slice(0, 10);
/** The China day `chinaToday()` answered last: [from, until) in epoch milliseconds. */
let today = { value: '', from: 0, until: 0 };

/**
 * Today in China as YYYY-MM-DD. China keeps UTC+8 all year (no daylight saving), so a fixed offset:
 * `toLocaleDateString` with a time zone cost ~0.2 ms a call, 10 % of the API's CPU on a leads page
 * that asked it once per lead (see bench/README.md).
 */
export function chinaToday(now?: Date): string {
  if (now) return chinaDate(now.getTime());
  // Without a time: the day kept from the last call while the clock is still in it (a leads page asks
  // it once per row: two Dates and two strings each, for the same answer).
  const time = Date.now();
  if (time < today.from || time >= today.until) {
    const day = Math.floor((time + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS - CHINA_OFFSET_MS;
    today = { value: chinaDate(time), from: day, until: day + DAY_MS };
  }
  return today.value;
}

/** YYYY-MM-DD plus whole days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * 落地服务: scheduled visits to operating projects and the expansion / at-risk flags. At most one
 * visit is PLANNED per lead (the next one; a unique partial index holds it).
 */
@Injectable()
export class LeadAftercareService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  /**
   * The job after a lead reaches OPERATING: its first visit, AFTERCARE_VISIT_INTERVAL_DAYS after the
   * day it got there, for its owner. Idempotent: nothing when a visit is planned already (or the
   * lead moved on or was merged away).
   */
  async scheduleFirstVisit(leadId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const lead = await manager.findOne(Lead, { where: { id: leadId }, lock: { mode: 'pessimistic_write' } });
      if (!lead || !OPERATING_STAGES.includes(lead.stage)) return;
      if (await this.planned(manager, leadId)) return;
      const reached = chinaToday(lead.stageChangedAt);
      const visit = await this.insertVisit(manager, lead, addDays(reached, this.config.AFTERCARE_VISIT_INTERVAL_DAYS));
      await this.audit.record(manager, SYSTEM_ACTOR, {
        action: 'lead.aftercare.schedule',
        entity: 'Lead',
        entityId: leadId,
        after: visit,
      });
    });
  }

  /** Staff schedule a visit; when one is planned already, they reschedule that one instead. */
  schedule(actor: Actor, leadId: string, input: ScheduleAftercareVisitInput): Promise<LeadAftercareVisit> {
    return this.dataSource.transaction(async (manager) => {
      const lead = await this.lockLead(manager, leadId);
      assertStage(lead, OPERATING_STAGES, OPERATING_ONLY);
      const current = await this.planned(manager, leadId);
      if (current) {
        throw AppError.faults([
          fieldFault(
            'dueOn',
            `已有 ${current.dueOn} 的待走访安排，请改期该次走访`,
            `a visit is planned already for ${current.dueOn}; reschedule that one`,
          ),
        ]);
      }
      await this.assertAssignee(manager, input.assigneeId);
      const visit = await this.insertVisit(manager, lead, input.dueOn, input.assigneeId ?? lead.ownerId);
      await this.record(manager, actor, 'lead.aftercare.schedule', leadId, null, visit);
      return visit;
    });
  }

  /** A new due date (and, when named, another staff member to make the visit). */
  async reschedule(
    actor: Actor,
    id: string,
    version: number,
    input: ScheduleAftercareVisitInput,
  ): Promise<LeadAftercareVisit> {
    const patch: Partial<LeadAftercareVisit> = { dueOn: input.dueOn };
    if (input.assigneeId) {
      await this.assertAssignee(this.dataSource.manager, input.assigneeId);
      patch.assigneeId = input.assigneeId;
    }
    return this.changePlanned(actor, id, version, 'lead.aftercare.reschedule', patch);
  }

  /** Marks a planned visit done with what it found, and schedules the next one an interval later. */
  complete(actor: Actor, id: string, version: number, input: CompleteAftercareVisitInput): Promise<LeadAftercareVisit> {
    const summary = input.summary.trim();
    if (!summary) throw AppError.faults([fieldFault('summary', '请填写走访情况', 'say what the visit found')]);
    if (input.doneOn > chinaToday()) {
      throw AppError.faults([fieldFault('doneOn', '不能晚于今天', 'cannot be later than today')]);
    }
    const patch = { status: V.DONE, doneOn: input.doneOn, summary, closedById: actor.userId };
    return this.changePlanned(actor, id, version, 'lead.aftercare.complete', patch, (manager, lead) =>
      this.scheduleNext(manager, actor, lead, input.doneOn),
    );
  }

  cancel(actor: Actor, id: string, version: number, reason?: string | null): Promise<LeadAftercareVisit> {
    const patch = { status: V.CANCELLED, summary: reason?.trim() || null, closedById: actor.userId };
    return this.changePlanned(actor, id, version, 'lead.aftercare.cancel', patch);
  }

  /** 扩产意向 and 经营风险 (with its reason), on the lead's version; audited. */
  setFlags(actor: Actor, leadId: string, version: number, input: LeadAftercareFlagsInput): Promise<Lead> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.lockLead(manager, leadId);
      if (before.version !== version) throw AppError.conflict(LEAD_LABEL);
      assertStage(before, LANDED_STAGES, SIGNED_OR_LATER);
      const patch: Partial<Lead> = {};
      if (input.expansionIntent != null) patch.expansionIntent = input.expansionIntent;
      const atRisk = input.atRisk ?? before.atRisk;
      const reason = input.atRiskReason !== undefined ? input.atRiskReason?.trim() || null : before.atRiskReason;
      if (atRisk && !reason) {
        throw AppError.faults([
          fieldFault('atRiskReason', '标记经营风险需要填写原因', 'an at-risk project needs a reason'),
        ]);
      }
      Object.assign(patch, { atRisk, atRiskReason: atRisk ? reason : null });
      await updateVersioned(manager, Lead, leadId, version, patch, LEAD_LABEL);
      const after = await manager.findOneOrFail(Lead, { where: { id: leadId } });
      await this.record(manager, actor, 'lead.aftercare.flags', leadId, before, after);
      return after;
    });
  }

  /** Each lead's visits: the planned one first, then the latest first (one query for a page of leads). */
  async visitsOf(leadIds: readonly string[]): Promise<LeadAftercareVisit[][]> {
    const rows = await this.dataSource.manager.find(LeadAftercareVisit, { where: { leadId: In([...leadIds]) } });
    const rank = (v: LeadAftercareVisit) =>
      `${v.status === V.PLANNED ? 1 : 0}${v.doneOn ?? v.dueOn}${v.createdAt.toISOString()}`;
    rows.sort((a, b) => rank(b).localeCompare(rank(a)));
    return leadIds.map((id) => rows.filter((row) => row.leadId === id));
  }

  private async scheduleNext(manager: EntityManager, actor: Actor, lead: Lead, after: string): Promise<void> {
    if (!OPERATING_STAGES.includes(lead.stage)) return;
    const next = await this.insertVisit(manager, lead, addDays(after, this.config.AFTERCARE_VISIT_INTERVAL_DAYS));
    await this.record(manager, actor, 'lead.aftercare.schedule', lead.id, null, next);
  }

  /**
   * Changes a PLANNED visit on its version (a done or cancelled one is history and stays), then
   * `followUp` (the next visit, once this one no longer holds the lead's one planned place).
   */
  private changePlanned(
    actor: Actor,
    id: string,
    version: number,
    action: string,
    patch: Partial<LeadAftercareVisit>,
    followUp?: (manager: EntityManager, lead: Lead) => Promise<void>,
  ): Promise<LeadAftercareVisit> {
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findOne(LeadAftercareVisit, { where: { id } });
      if (!found) throw AppError.notFound(AFTERCARE_VISIT_LABEL);
      const lead = await this.lockLead(manager, found.leadId);
      const before = await manager.findOneOrFail(LeadAftercareVisit, { where: { id } });
      if (before.version !== version) throw AppError.conflict(AFTERCARE_VISIT_LABEL);
      if (before.status !== V.PLANNED) {
        throw AppError.faults([
          fieldFault('id', '该次走访已完成或已取消，不能再修改', 'this visit is done or cancelled and cannot change'),
        ]);
      }
      await updateVersioned(manager, LeadAftercareVisit, id, version, patch, AFTERCARE_VISIT_LABEL);
      const after = await manager.findOneOrFail(LeadAftercareVisit, { where: { id } });
      await this.record(manager, actor, action, lead.id, before, after);
      await followUp?.(manager, lead);
      return after;
    });
  }

  private planned(manager: EntityManager, leadId: string): Promise<LeadAftercareVisit | null> {
    return manager.findOne(LeadAftercareVisit, { where: { leadId, status: V.PLANNED } });
  }

  private async insertVisit(
    manager: EntityManager,
    lead: Lead,
    dueOn: string,
    assigneeId: string | null = lead.ownerId,
  ): Promise<LeadAftercareVisit> {
    const visit = manager.create(LeadAftercareVisit, { leadId: lead.id, dueOn, status: V.PLANNED, assigneeId });
    await manager.insert(LeadAftercareVisit, visit);
    return manager.findOneOrFail(LeadAftercareVisit, { where: { id: visit.id } });
  }

  private async assertAssignee(manager: EntityManager, assigneeId?: string | null): Promise<void> {
    if (!assigneeId) return;
    const user = await manager.findOne(User, { where: { id: assigneeId }, select: { id: true, role: true } });
    if (user?.role !== Role.BUREAU_STAFF && user?.role !== Role.ADMIN) {
      throw AppError.faults([fieldFault('assigneeId', '必须是招商局工作人员', 'must be a staff member')]);
    }
  }

  private async lockLead(manager: EntityManager, leadId: string): Promise<Lead> {
    const lead = await manager.findOne(Lead, { where: { id: leadId }, lock: { mode: 'pessimistic_write' } });
    if (!lead) throw AppError.notFound(LEAD_LABEL);
    return lead;
  }

  private record(
    manager: EntityManager,
    actor: Actor,
    action: string,
    leadId: string,
    before: object | null,
    after: object,
  ): Promise<void> {
    return this.audit.record(manager, actor, { action, entity: 'Lead', entityId: leadId, before, after });
  }
}
