import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { localize } from '#matching';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import { updateVersioned } from '../../core/database/optimistic-update.js';
import { AppError, text } from '../../core/errors/app-error.js';
import { fieldFault, type FieldFault } from '../../core/errors/field-fault.js';
import type { LeadActualInput } from './dto/aftercare.input.js';
import { LeadActual } from './lead-actual.entity.js';
import type { LeadCommitments } from './lead-commitments.type.js';
import { LANDED_STAGES } from './lead-scoring.service.js';
import { chinaYear, refreshShortfallFlag, statusOf } from './lead-shortfall-flag.js';
import { STAGE_LABELS } from './lead-stage.js';
import { Lead } from './lead.entity.js';
import { LEAD_LABEL } from './leads.service.js';

export const LEAD_ACTUAL_LABEL = text('年度实绩', 'Yearly actuals');

/**
 * A lead's stage must be one of `stages` for aftercare work; otherwise BAD_USER_INPUT naming the
 * stage it is at (e.g. 线索 "在谈" 尚未签约).
 */
export function assertStage(lead: Lead, stages: readonly Lead['stage'][], need: { zh: string; en: string }): void {
  if (stages.includes(lead.stage)) return;
  const at = STAGE_LABELS[lead.stage];
  throw AppError.faults([
    fieldFault('stage', `线索处于“${at.zh}”阶段，${need.zh}`, `the lead is at the ${at.en} stage; ${need.en}`),
  ]);
}

const SIGNED_OR_LATER = { zh: '签约后才能登记实绩', en: 'actuals are recorded once it is signed' };

/** Actuals after landing (到资, hires, tax paid) and how they compare with the contract. */
@Injectable()
export class LeadCommitmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  /**
   * Records (or corrects) one year's actuals. `version` is the year's row version: left out for a
   * year not recorded yet, required to correct one (so two people correcting the same year do not
   * overwrite each other: the second gets CONFLICT). Refreshes the lead's shortfall flag.
   */
  recordActual(actor: Actor, leadId: string, input: LeadActualInput, version: number | null): Promise<Lead> {
    this.throwFaults(this.inputFaults(input));
    return this.dataSource.transaction(async (manager) => {
      const lead = await this.lockLead(manager, leadId);
      assertStage(lead, LANDED_STAGES, SIGNED_OR_LATER);
      const existing = await manager.findOne(LeadActual, { where: { leadId, year: input.year } });
      const values = {
        investmentPaid: input.investmentPaid ?? null,
        hires: input.hires ?? null,
        taxPaid: input.taxPaid ?? null,
        note: input.note?.trim() || null,
        recordedById: actor.userId,
      };
      if (existing) {
        if (version === null || version !== existing.version) throw AppError.conflict(LEAD_ACTUAL_LABEL);
        await updateVersioned(manager, LeadActual, existing.id, version, values, LEAD_ACTUAL_LABEL);
      } else {
        if (version !== null) throw AppError.conflict(LEAD_ACTUAL_LABEL); // deleted since it was read
        await manager.insert(LeadActual, manager.create(LeadActual, { leadId, year: input.year, ...values }));
      }
      const after = await manager.findOneOrFail(LeadActual, { where: { leadId, year: input.year } });
      await this.audit.record(manager, actor, {
        action: 'lead.actual.record',
        entity: 'Lead',
        entityId: leadId,
        before: existing,
        after,
      });
      return this.afterChange(manager, leadId);
    });
  }

  /** Removes a year recorded by mistake (CONFLICT when it changed since `version`). */
  deleteActual(actor: Actor, id: string, version: number): Promise<Lead> {
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(LeadActual, { where: { id } });
      if (!row) throw AppError.notFound(LEAD_ACTUAL_LABEL);
      await this.lockLead(manager, row.leadId);
      const result = await manager.delete(LeadActual, { id, version });
      if (result.affected !== 1) throw AppError.conflict(LEAD_ACTUAL_LABEL);
      await this.audit.record(manager, actor, {
        action: 'lead.actual.delete',
        entity: 'Lead',
        entityId: row.leadId,
        before: row,
      });
      return this.afterChange(manager, row.leadId);
    });
  }

  /** The contract against the actuals of each lead (one query for a page of leads). */
  async commitmentsOf(actor: Actor, leads: readonly Lead[]): Promise<LeadCommitments[]> {
    const ids = leads.map((l) => l.id);
    const rows = await this.dataSource.manager.find(LeadActual, {
      where: { leadId: In(ids) },
      order: { year: 'ASC' },
    });
    const share = this.config.COMMITMENT_SHORTFALL_SHARE;
    return leads.map((lead) => {
      const years = rows.filter((r) => r.leadId === lead.id);
      const status = statusOf(lead, years, share);
      return {
        signedOn: lead.signedOn,
        contractedInvestment: lead.contractedInvestment,
        contractedJobs: lead.contractedJobs,
        contractedAnnualTax: lead.contractedAnnualTax,
        investmentPaid: status.investmentPaid,
        hires: status.hires,
        taxPaid: status.taxPaid,
        years,
        shortfalls: status.shortfalls.map((s) => ({ ...s, message: localize(s.message, actor.locale) })),
        allowedShare: share,
        recordable: LANDED_STAGES.includes(lead.stage),
      };
    });
  }

  private async afterChange(manager: EntityManager, leadId: string): Promise<Lead> {
    await refreshShortfallFlag(manager, leadId, this.config.COMMITMENT_SHORTFALL_SHARE);
    return manager.findOneOrFail(Lead, { where: { id: leadId } });
  }

  private async lockLead(manager: EntityManager, leadId: string): Promise<Lead> {
    const lead = await manager.findOne(Lead, { where: { id: leadId }, lock: { mode: 'pessimistic_write' } });
    if (!lead) throw AppError.notFound(LEAD_LABEL);
    return lead;
  }

  /** A year still to come has no results; a year with no figure at all records nothing. */
  private inputFaults(input: LeadActualInput): FieldFault[] {
    const faults: FieldFault[] = [];
    if (input.year > chinaYear()) faults.push(fieldFault('year', '不能晚于今年', 'cannot be later than this year'));
    if (input.investmentPaid == null && input.hires == null && input.taxPaid == null) {
      faults.push(
        fieldFault(
          'investmentPaid',
          '请至少填写到资、新增就业或纳税中的一项',
          'enter at least one of 到资, hires or tax',
        ),
      );
    }
    return faults;
  }

  private throwFaults(faults: FieldFault[]): void {
    if (faults.length) throw AppError.faults(faults);
  }
}
