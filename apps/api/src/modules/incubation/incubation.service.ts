import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { isStaff, type Actor } from '../../core/auth/actor.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { updateVersioned } from '../../core/database/optimistic-update.js';
import { isPgError, PgErrorCode } from '../../core/database/pg-error.js';
import { AppError, text } from '../../core/errors/app-error.js';
import { fieldFault, type FieldFault } from '../../core/errors/field-fault.js';
import { paginate, type Connection } from '../../core/graphql/pagination.js';
import { Role } from '../../core/users/role.enum.js';
import { UsersService } from '../../core/users/users.service.js';
import { ApplicationKind } from '../applications/application.enums.js';
import { ApplicationsService } from '../applications/applications.service.js';
import { EnterprisesService } from '../enterprises/enterprises.service.js';
import { dateFault, today } from '../land/land-dates.js';
import { LeadSource } from '../leads/lead.enums.js';
import { LeadsService } from '../leads/leads.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { Park } from '../parks/park.entity.js';
import { ParksService } from '../parks/parks.service.js';
import type {
  IncubationEntryInput,
  IncubationExitInput,
  IncubationStayFilter,
  IncubationStayUpdateInput,
} from './dto/incubation.input.js';
import { applicationKindFor, isCarrierKind, nextRung, nextRungParkKinds } from './incubation-ladder.js';
import { IncubationStay } from './incubation-stay.entity.js';
import { StayStatus as S } from './incubation.enums.js';

export const STAY_LABEL = text('在孵记录', 'Incubation stay');
const NO_ID = '00000000-0000-0000-0000-000000000000';
/** Parks suggested on a graduate's application when staff name none. */
const SUGGESTED_PARKS = 3;

/**
 * Stays of enterprises in incubation carriers: entry, graduation (a draft placement application to
 * the next rung, through the applications context; an offshore incubator's graduate becomes a lead,
 * through the leads context) and leaving. Staff write; an enterprise reads its own stays.
 */
@Injectable()
export class IncubationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly parks: ParksService,
    private readonly enterprises: EnterprisesService,
    private readonly applications: ApplicationsService,
    private readonly leads: LeadsService,
    private readonly users: UsersService,
    private readonly notifications: NotificationsService,
  ) {}

  // ── Reading ─────────────────────────────────────────────────────────────────────────────

  async get(actor: Actor, id: string): Promise<IncubationStay> {
    const stay = await this.dataSource.manager.findOne(IncubationStay, { where: { id } });
    if (!stay || !this.visible(actor, stay)) throw AppError.notFound(STAY_LABEL);
    return stay;
  }

  /** Newest first. Staff see every stay; an enterprise only its own. */
  list(
    actor: Actor,
    filter: IncubationStayFilter = {},
    first: number,
    after?: string,
  ): Promise<Connection<IncubationStay>> {
    const query = this.dataSource.getRepository(IncubationStay).createQueryBuilder('s');
    if (isStaff(actor)) {
      if (filter.enterpriseId) query.andWhere('s.enterpriseId = :enterpriseId', { enterpriseId: filter.enterpriseId });
    } else {
      query.andWhere('s.enterpriseId = :own', { own: actor.enterpriseId ?? NO_ID });
    }
    if (filter.parkId) query.andWhere('s.parkId = :parkId', { parkId: filter.parkId });
    if (filter.status) query.andWhere('s.status = :status', { status: filter.status });
    return paginate(query, { first, after, sortColumn: 'createdAt', direction: 'DESC' });
  }

  /** Every stay in the given carriers (for their figures), staff only. */
  async staysIn(actor: Actor, parkIds: readonly string[]): Promise<IncubationStay[]> {
    staffOnly(actor);
    if (!parkIds.length) return [];
    return this.dataSource.manager.find(IncubationStay, { where: { parkId: In([...parkIds]) } });
  }

  private visible(actor: Actor, stay: IncubationStay): boolean {
    if (isStaff(actor)) return true;
    return actor.role === Role.ENTERPRISE && !!actor.enterpriseId && stay.enterpriseId === actor.enterpriseId;
  }

  // ── Staff: entry, graduation, leaving ───────────────────────────────────────────────────

  /** An enterprise enters a carrier. One stay in residence per enterprise at a time. */
  recordEntry(actor: Actor, input: IncubationEntryInput): Promise<IncubationStay> {
    staffOnly(actor);
    return this.dataSource.transaction(async (manager) => {
      const faults: FieldFault[] = [];
      const [park] = await this.parks.findByIds([input.parkId], manager);
      if (!park || !park.active || !isCarrierKind(park.kind)) {
        faults.push(fieldFault('parkId', '不是孵化载体（众创空间、孵化器或加速器）', 'is not an incubation carrier'));
      }
      const enterpriseId = input.enterpriseId ?? null;
      const [enterprise] = enterpriseId ? await this.enterprises.findByIds([enterpriseId], manager) : [];
      if (enterpriseId && !enterprise) faults.push(fieldFault('enterpriseId', '没有该企业', 'names no enterprise'));
      if (!enterpriseId && park && !park.outsideDistrict) {
        faults.push(fieldFault('enterpriseId', '请选择入孵企业', 'is required for a carrier in the district'));
      }
      if (!enterpriseId && !input.companyName?.trim()) {
        faults.push(fieldFault('companyName', '请选择企业或填写企业名称', 'or enterpriseId is required'));
      }
      if (!input.seats && !input.floorSqm) {
        faults.push(fieldFault('floorSqm', '请填写工位数或使用面积', 'or seats is required'));
      }
      const enteredOn = input.enteredOn ?? today();
      const badDate = dateFault('enteredOn', enteredOn, null);
      if (badDate) faults.push(badDate);
      if (faults.length) throw AppError.faults(faults);
      const stay = manager.create(IncubationStay, {
        parkId: input.parkId,
        enterpriseId,
        companyName: enterprise?.name ?? input.companyName!.trim(),
        uscc: enterprise?.uscc ?? input.uscc ?? null,
        industryCode: enterprise?.industry ?? input.industryCode ?? null,
        seats: input.seats ?? null,
        floorSqm: input.floorSqm ?? null,
        enteredOn,
        status: S.IN_RESIDENCE,
        note: input.note?.trim() || null,
      });
      await manager.insert(IncubationStay, stay).catch((error: unknown) => {
        if (isPgError(error, PgErrorCode.UNIQUE_VIOLATION, 'incubation_stays')) {
          throw AppError.faults([
            fieldFault('enterpriseId', '该企业已在孵，请先办理毕业或退出', 'is already in residence'),
          ]);
        }
        throw error;
      });
      await this.audit.record(manager, actor, {
        action: 'incubationStay.enter',
        entity: 'IncubationStay',
        entityId: stay.id,
        after: stay,
      });
      return stay;
    });
  }

  /**
   * The enterprise graduates. In the district: a DRAFT placement application to the next rung,
   * pre-filled (kind, space, the chosen park or suggested ones) for the enterprise to review and
   * submit, and a notification to its users. From an offshore incubator: the graduate becomes a lead.
   */
  graduate(actor: Actor, id: string, version: number, input: IncubationExitInput): Promise<IncubationStay> {
    staffOnly(actor);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.lockOpen(manager, id, version);
      const on = input.on ?? today();
      const [park] = await this.parks.findByIds([before.parkId], manager);
      const faults = this.endFaults(before, on);
      const next = input.nextParkId ? (await this.parks.findByIds([input.nextParkId], manager))[0] : undefined;
      if (input.nextParkId && (park.outsideDistrict || !isNextRung(park, next))) {
        faults.push(
          fieldFault(
            'nextParkId',
            '不是本区下一级孵化载体或产业园区',
            'is not a park of the next rung in the district',
          ),
        );
      }
      if (faults.length) throw AppError.faults(faults);
      const patch: Partial<IncubationStay> = { status: S.GRADUATED, endedOn: on, nextParkId: next?.id ?? null };
      if (input.note?.trim()) patch.note = input.note.trim();
      if (park.outsideDistrict) patch.leadId = (await this.offshoreLead(manager, actor, before, park)).id;
      else if (before.enterpriseId) {
        patch.applicationId = (await this.nextRungDraft(manager, actor, before, park, next)).id;
      }
      return this.write(manager, actor, before, patch, 'incubationStay.graduate');
    });
  }

  /**
   * Staff correct a recorded stay: seats, floor space, entry date, note (also after it ended). The
   * entry date is a real day, not in the future and not after the graduation or leaving date.
   */
  update(actor: Actor, id: string, version: number, input: IncubationStayUpdateInput): Promise<IncubationStay> {
    staffOnly(actor);
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOne(IncubationStay, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw AppError.notFound(STAY_LABEL);
      if (before.version !== version) throw AppError.conflict(STAY_LABEL);
      const patch: Partial<IncubationStay> = {};
      if (input.seats !== undefined) patch.seats = input.seats;
      if (input.floorSqm !== undefined) patch.floorSqm = input.floorSqm;
      if (input.note !== undefined) patch.note = input.note?.trim() || null;
      const faults: FieldFault[] = [];
      if (input.enteredOn !== undefined && input.enteredOn !== null) {
        const bad = dateFault('enteredOn', input.enteredOn, null);
        if (bad) faults.push(bad);
        else if (before.endedOn && input.enteredOn > before.endedOn) {
          faults.push(
            fieldFault(
              'enteredOn',
              `入孵日期不能晚于毕业或退出日期 ${before.endedOn}`,
              `cannot be after the graduation or leaving date (${before.endedOn})`,
            ),
          );
        } else patch.enteredOn = input.enteredOn;
      }
      const seats = patch.seats !== undefined ? patch.seats : before.seats;
      const floorSqm = patch.floorSqm !== undefined ? patch.floorSqm : before.floorSqm;
      if (!seats && !floorSqm) faults.push(fieldFault('floorSqm', '请填写工位数或使用面积', 'or seats is required'));
      if (faults.length) throw AppError.faults(faults);
      if (!Object.keys(patch).length) return before;
      return this.write(manager, actor, before, patch, 'incubationStay.update');
    });
  }

  /** The enterprise leaves the carrier without graduating (退出). */
  leave(actor: Actor, id: string, version: number, input: IncubationExitInput): Promise<IncubationStay> {
    staffOnly(actor);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.lockOpen(manager, id, version);
      const on = input.on ?? today();
      const faults = this.endFaults(before, on);
      if (input.nextParkId) faults.push(fieldFault('nextParkId', '退出时不指定下一级载体', 'is only for a graduation'));
      if (faults.length) throw AppError.faults(faults);
      const patch: Partial<IncubationStay> = { status: S.LEFT, endedOn: on };
      if (input.note?.trim()) patch.note = input.note.trim();
      return this.write(manager, actor, before, patch, 'incubationStay.leave');
    });
  }

  // ── Steps ───────────────────────────────────────────────────────────────────────────────

  private async lockOpen(manager: EntityManager, id: string, version: number): Promise<IncubationStay> {
    const stay = await manager.findOne(IncubationStay, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!stay) throw AppError.notFound(STAY_LABEL);
    if (stay.version !== version) throw AppError.conflict(STAY_LABEL);
    if (stay.status !== S.IN_RESIDENCE) {
      throw AppError.badInput(text('该企业已毕业或退出', 'This stay has ended already (graduated or left)'));
    }
    return stay;
  }

  private endFaults(stay: IncubationStay, on: string): FieldFault[] {
    const bad = dateFault('on', on, stay.enteredOn);
    return bad ? [bad] : [];
  }

  private async write(
    manager: EntityManager,
    actor: Actor,
    before: IncubationStay,
    patch: Partial<IncubationStay>,
    action: string,
  ): Promise<IncubationStay> {
    await updateVersioned(manager, IncubationStay, before.id, before.version, patch, STAY_LABEL);
    const after = await manager.findOneOrFail(IncubationStay, { where: { id: before.id } });
    await this.audit.record(manager, actor, { action, entity: 'IncubationStay', entityId: before.id, before, after });
    return after;
  }

  /** The pre-filled application to the next rung, a DRAFT of the enterprise's, and word to its users. */
  private async nextRungDraft(
    manager: EntityManager,
    actor: Actor,
    stay: IncubationStay,
    from: Park,
    next: Park | undefined,
  ) {
    const rung = nextRung(from.kind)!;
    const preferred = next ? [next] : await this.suggestions(manager, from, stay.industryCode);
    const app = await this.applications.draftFor(manager, actor, stay.enterpriseId!, {
      kind: ApplicationKind[applicationKindFor(rung)],
      floorSqm: stay.floorSqm,
      landMu: null,
      preferredParkIds: preferred.map((park) => park.id),
      summary: `自${from.name}毕业（${stay.enteredOn} 入孵），申请入驻下一级载体。`,
    });
    const userIds = await this.users.usersOfEnterprise(manager, stay.enterpriseId!);
    await this.notifications.enqueueToEach(manager, userIds, {
      kind: 'INCUBATION_GRADUATED',
      dedupeKey: `incubation-graduated:${stay.id}`,
      title: `恭喜自${from.name}毕业`,
      titleEn: `Congratulations on graduating from ${from.nameEn}`,
      body: '已为您预填下一级载体的入驻申请草稿，请核对后提交。',
      bodyEn: 'A draft placement application to the next rung is ready; check it and submit it.',
      data: { applicationId: app.id, stayId: stay.id },
    });
    return app;
  }

  /** Parks of the next rung in the district for the industry (or open to any), first few in order. */
  private async suggestions(manager: EntityManager, from: Park, industry: string | null): Promise<Park[]> {
    const kinds = nextRungParkKinds(from.kind);
    const targets = (await this.parks.findPlacementTargets(manager)).filter((park) => kinds.includes(park.kind));
    const fit = targets.filter((park) => industry && park.targetIndustries.includes(industry));
    return (fit.length ? fit : targets.filter((park) => !park.targetIndustries.length)).slice(0, SUGGESTED_PARKS);
  }

  /** An offshore incubator's graduate becomes a lead (source 离岸孵化器), through the leads context. */
  private offshoreLead(manager: EntityManager, actor: Actor, stay: IncubationStay, from: Park) {
    return this.leads.createWith(manager, actor, {
      companyName: stay.companyName,
      uscc: stay.uscc,
      industryCode: stay.industryCode,
      enterpriseId: stay.enterpriseId,
      source: LeadSource.OFFSHORE_INCUBATOR,
      sourceDetail: from.name,
      summary: `${from.name}毕业企业（${stay.enteredOn} 入孵）`,
      floorSqm: stay.floorSqm,
      allowDuplicate: true,
    });
  }
}

function staffOnly(actor: Actor): void {
  if (!isStaff(actor)) throw AppError.forbidden();
}

/** A park of the rung after `from`, in the district, active. */
function isNextRung(from: Park, next: Park | undefined): boolean {
  return !!next && next.active && !next.outsideDistrict && nextRungParkKinds(from.kind).includes(next.kind);
}
