import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import { addWorkingDays } from '../../core/time/working-days.js';
import { containsPattern } from '../../core/database/escape-like.js';
import { updateVersioned } from '../../core/database/optimistic-update.js';
import { AppError, text } from '../../core/errors/app-error.js';
import { fieldFault, type FieldFault } from '../../core/errors/field-fault.js';
import { ErrorCode } from '../../core/errors/error-code.js';
import { paginate, type Connection } from '../../core/graphql/pagination.js';
import { OutboxService } from '../../core/queue/outbox.service.js';
import { Role } from '../../core/users/role.enum.js';
import { User } from '../../core/users/user.entity.js';
import { EnterprisesService } from '../enterprises/enterprises.service.js';
import { ParksService } from '../parks/parks.service.js';
import type { LeadFilter } from './dto/lead-connection.args.js';
import type { CreateLeadInput, UpdateLeadInput } from './dto/lead.input.js';
import { LeadActivity } from './lead-activity.entity.js';
import { LEAD_CHANGED } from './lead-changed.job.js';
import { LeadDuplicatesService } from './lead-duplicates.service.js';
import { toLeadFields } from './lead-rules.js';
import { refreshShortfallFlag } from './lead-shortfall-flag.js';
import { LeadStageChange } from './lead-stage-change.entity.js';
import { Lead } from './lead.entity.js';
import { LeadSource, LeadStage } from './lead.enums.js';

export const LEAD_LABEL = text('招商线索', 'Lead');

/** The contract's fields: changing one may start or end a commitment shortfall. */
const COMMITMENT_FIELDS = ['contractedInvestment', 'contractedJobs', 'contractedAnnualTax', 'operatingSince'];

/** Today in China (the bureau's working day), as the SQL of a date. */
export const TODAY_SQL = `(now() AT TIME ZONE 'Asia/Shanghai')::date`;

/** A lead `l` whose planned aftercare visit is past due (at most one planned visit a lead: a unique partial index). */
const AFTERCARE_OVERDUE_SQL = `EXISTS (SELECT 1 FROM lead_aftercare_visits v WHERE v."leadId" = l.id AND v.status = 'PLANNED' AND v."dueOn" < ${TODAY_SQL})`;

/** Keys under which a page of leads carries values read in its own statement (see `paginate({ computed })`). */
export const PRESET_OWNER_NAME = 'presetOwnerName';
export const PRESET_AFTERCARE_OVERDUE = 'presetAftercareOverdue';

/**
 * `Lead.ownerName` and `Lead.aftercareOverdue` read with a page of leads (a kanban column asks both for
 * every card): correlated subqueries after the LIMIT, one primary-key probe of users and one probe of the
 * (leadId) planned-visit partial index a row, instead of a second and third statement through loaders.
 * The same answers as UsersService.namesOf and the aftercare resolver's `isOverdue` (planned, due before
 * today in China), which still answer them for leads reached any other way.
 */
export const PAGE_LEAD_COMPUTED: Readonly<Record<string, string>> = {
  [PRESET_OWNER_NAME]: `(SELECT u.name FROM users u WHERE u.id = l."ownerId")`,
  [PRESET_AFTERCARE_OVERDUE]: AFTERCARE_OVERDUE_SQL,
};

/** The `leads` list's filter on a query of leads aliased `l` (the list and its .xlsx export share it). */
export function applyLeadFilter(query: SelectQueryBuilder<Lead>, filter: LeadFilter): SelectQueryBuilder<Lead> {
  const search = filter.search?.trim();
  if (search) {
    // Served by the trigram index on the name (Chinese included); a USCC prefix as well.
    query.andWhere('(l.companyName ILIKE :like OR l.uscc LIKE :prefix)', {
      like: containsPattern(search),
      prefix: `${search.toUpperCase()}%`,
    });
  }
  if (filter.stage) query.andWhere('l.stage = :stage', { stage: filter.stage });
  if (filter.ownerId) query.andWhere('l.ownerId = :ownerId', { ownerId: filter.ownerId });
  if (filter.industryCode) query.andWhere('l.industryCode = :industry', { industry: filter.industryCode });
  if (filter.chainSegment) query.andWhere('l.chainSegment = :segment', { segment: filter.chainSegment });
  if (filter.parkId) query.andWhere('l.targetParkId = :parkId', { parkId: filter.parkId });
  if (filter.source) query.andWhere('l.source = :source', { source: filter.source });
  if (filter.enquiryOverdue === true) query.andWhere('l.firstResponseAt IS NULL AND l.responseDueAt < now()');
  if (filter.overdue === true) {
    query.andWhere(`l.nextActionDate < ${TODAY_SQL}`).andWhere('l.stage <> :lost', { lost: LeadStage.LOST });
  }
  // The flags are columns with partial indexes in the list's order (refreshed on every change).
  if (filter.shortfall === true) query.andWhere('l.commitmentShortfall = true');
  if (filter.expansionIntent === true) query.andWhere('l.expansionIntent = true');
  if (filter.atRisk === true) query.andWhere('l.atRisk = true');
  // One index probe a row.
  if (filter.aftercareOverdue === true) query.andWhere(AFTERCARE_OVERDUE_SQL);
  return query;
}

/**
 * Leads as the bureau reads and edits them (staff only; the resolver's role decorator and every
 * method here take the actor). Stage moves and activities: LeadPipelineService.
 */
@Injectable()
export class LeadsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly duplicates: LeadDuplicatesService,
    private readonly parks: ParksService,
    private readonly enterprises: EnterprisesService,
    private readonly outbox: OutboxService,
  ) {}

  async get(_actor: Actor, id: string, manager: EntityManager = this.dataSource.manager): Promise<Lead> {
    const lead = await manager.findOne(Lead, { where: { id } });
    if (!lead) throw AppError.notFound(LEAD_LABEL);
    return lead;
  }

  /**
   * Newest first, served by the (createdAt, id) index, or (stage, createdAt, id) for a kanban column.
   * `columns`: the properties the query shows (default every column); `computed`: values read in the
   * page's statement (PAGE_LEAD_COMPUTED); `countInPage`: `totalCount` counted in it too.
   */
  list(
    _actor: Actor,
    filter: LeadFilter = {},
    first: number,
    after?: string,
    columns?: readonly string[],
    computed?: Readonly<Record<string, string>>,
    countInPage = false,
  ): Promise<Connection<Lead>> {
    const query = applyLeadFilter(this.dataSource.getRepository(Lead).createQueryBuilder('l'), filter);
    return paginate(query, {
      first,
      after,
      sortColumn: 'createdAt',
      direction: 'DESC',
      columns,
      computed,
      countInPage,
    });
  }

  /** The metadata of the entity (its columns), for selectedColumns. */
  get metadata() {
    return this.dataSource.getMetadata(Lead);
  }

  findDuplicates(_actor: Actor, companyName: string, uscc: string | null) {
    const { fields } = toLeadFields({ companyName, uscc });
    return this.duplicates.find(this.dataSource.manager, companyName, (fields.uscc as string | undefined) ?? null);
  }

  /**
   * A new lead at stage LEAD, owned by its creator unless another staff member is named. A likely
   * duplicate (same USCC or a similar name, among leads and enterprises) is CONFLICT listing them in
   * `extensions.duplicates`, unless `allowDuplicate`.
   */
  create(actor: Actor, input: CreateLeadInput): Promise<Lead> {
    return this.dataSource.transaction((manager) => this.createWith(manager, actor, input));
  }

  /** `create` in the caller's transaction (an offshore incubator's graduate becomes a lead). */
  async createWith(manager: EntityManager, actor: Actor, input: CreateLeadInput): Promise<Lead> {
    const { fields, faults } = toLeadFields(input);
    this.throwFaults([...faults, ...(await this.referenceFaults(manager, fields))]);
    if (!input.allowDuplicate) {
      const found = await this.duplicates.find(manager, fields.companyName!, fields.uscc ?? null);
      if (found.leads.length || found.enterprises.length) {
        throw new AppError(
          ErrorCode.CONFLICT,
          text(
            '可能与已有的线索或企业重复，请查看后确认是否仍要新建',
            'This may be a lead or enterprise that exists already; check them, or create it anyway',
          ),
          [],
          { duplicates: found },
        );
      }
    }
    const lead = manager.create(Lead, {
      ...fields,
      ...this.enquiryClock(input),
      ownerId: fields.ownerId ?? actor.userId,
      stage: LeadStage.LEAD,
    });
    await manager.insert(Lead, lead);
    await manager.insert(LeadStageChange, { leadId: lead.id, from: null, to: LeadStage.LEAD, actorId: actor.userId });
    await this.audit.record(manager, actor, {
      action: 'lead.create',
      entity: 'Lead',
      entityId: lead.id,
      after: lead,
    });
    await this.outbox.enqueue(manager, LEAD_CHANGED, { leadId: lead.id });
    return manager.findOneOrFail(Lead, { where: { id: lead.id } });
  }

  /** Changes the fields sent (`null` clears one); CONFLICT when the lead changed since `version`. */
  update(actor: Actor, id: string, version: number, input: UpdateLeadInput): Promise<Lead> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.get(actor, id, manager);
      const { fields, faults } = toLeadFields(input, before);
      this.throwFaults([...faults, ...(await this.referenceFaults(manager, fields))]);
      await updateVersioned(manager, Lead, id, version, fields, LEAD_LABEL);
      if (COMMITMENT_FIELDS.some((field) => field in fields)) {
        await refreshShortfallFlag(manager, id, this.config.COMMITMENT_SHORTFALL_SHARE);
      }
      const after = await manager.findOneOrFail(Lead, { where: { id } });
      await this.audit.record(manager, actor, { action: 'lead.update', entity: 'Lead', entityId: id, before, after });
      await this.outbox.enqueue(manager, LEAD_CHANGED, { leadId: id });
      return after;
    });
  }

  async histories(leadIds: readonly string[]): Promise<LeadStageChange[][]> {
    const rows = await this.dataSource.manager.find(LeadStageChange, {
      where: { leadId: In([...leadIds]) },
      order: { at: 'ASC', id: 'ASC' },
    });
    return leadIds.map((id) => rows.filter((row) => row.leadId === id));
  }

  async activities(leadIds: readonly string[]): Promise<LeadActivity[][]> {
    const rows = await this.dataSource.manager.find(LeadActivity, {
      where: { leadId: In([...leadIds]) },
      order: { occurredAt: 'DESC', id: 'DESC' },
    });
    return leadIds.map((id) => rows.filter((row) => row.leadId === id));
  }

  /** An inbound enquiry starts the answer clock: ENQUIRY_RESPONSE_WORKING_DAYS working days. */
  private enquiryClock(input: CreateLeadInput): Pick<Lead, 'enquiryReceivedAt' | 'responseDueAt'> | object {
    if (!input.enquiryReceivedAt && input.source !== LeadSource.ONLINE_ENQUIRY) return {};
    const receivedAt = input.enquiryReceivedAt ? new Date(input.enquiryReceivedAt) : new Date();
    return {
      enquiryReceivedAt: receivedAt,
      responseDueAt: addWorkingDays(receivedAt, this.config.ENQUIRY_RESPONSE_WORKING_DAYS),
    };
  }

  private throwFaults(faults: FieldFault[]): void {
    if (faults.length) throw AppError.faults(faults);
  }

  /** The park, owner and enterprise a lead names must exist; the owner must be staff. */
  private async referenceFaults(manager: EntityManager, fields: Partial<Lead>): Promise<FieldFault[]> {
    const faults: FieldFault[] = [];
    if (fields.targetParkId && !(await this.parks.findByIds([fields.targetParkId], manager)).length) {
      faults.push(fieldFault('targetParkId', '园区不存在', 'is not a park'));
    }
    if (fields.enterpriseId && !(await this.enterprises.findByIds([fields.enterpriseId], manager)).length) {
      faults.push(fieldFault('enterpriseId', '企业不存在', 'is not an enterprise'));
    }
    if (fields.ownerId) {
      const owner = await manager.findOne(User, { where: { id: fields.ownerId }, select: { id: true, role: true } });
      if (owner?.role !== Role.BUREAU_STAFF && owner?.role !== Role.ADMIN) {
        faults.push(fieldFault('ownerId', '必须是招商局工作人员', 'must be a staff member'));
      }
    }
    return faults;
  }
}
