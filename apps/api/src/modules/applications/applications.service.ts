import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, QueryFailedError, Repository, type EntityManager } from 'typeorm';
import { isStaff, type Actor } from '../../core/auth/actor.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { updateVersioned } from '../../core/database/optimistic-update.js';
import { AppError } from '../../core/errors/app-error.js';
import { paginate, type Connection } from '../../core/graphql/pagination.js';
import { describeFaults } from '../enterprises/enterprise-profile.js';
import { EnterprisesService } from '../enterprises/enterprises.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { Park } from '../parks/park.entity.js';
import { Role } from '../../core/users/role.enum.js';
import { User } from '../../core/users/user.entity.js';
import { checkApplication, kindFitsPark, spaceNeeded, type ApplicationFields } from './application-rules.js';
import { ApplicationStatusChange } from './application-status-change.entity.js';
import { assertTransition, STATUS_LABELS } from './application-status.js';
import { ApplicationKind, ApplicationStatus as S, Decision } from './application.enums.js';
import type { ApplicationInput } from './dto/application.input.js';
import type { ApplicationFilter } from './dto/application-connection.args.js';
import { PlacementApplication } from './placement-application.entity.js';

const LABEL = { zh: '入园申请', en: 'Placement application' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NOT_FOUND = () => AppError.notFound('入园申请', 'Placement application');

/** Statuses staff move an application through by hand before deciding (screening comes later). */
export const STAFF_STEPS: readonly S[] = [S.SCREENING, S.RECOMMENDED, S.UNDER_REVIEW];

interface TransitionExtras {
  patch?: Partial<PlacementApplication>;
  note?: string | null;
  park?: Park | null;
}

/**
 * Placement applications: the enterprise writes, submits and may withdraw; staff review and
 * decide. Approval takes the space from the park in the same transaction with a conditional
 * UPDATE, so a park's free space never goes below zero, also when approvals race. Every status
 * change writes the timeline, an audit row and a notification to the enterprise's users.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(PlacementApplication) private readonly applications: Repository<PlacementApplication>,
    @InjectRepository(ApplicationStatusChange) private readonly changes: Repository<ApplicationStatusChange>,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly enterprises: EnterprisesService,
  ) {}

  // ── Reading ─────────────────────────────────────────────────────────────────────────────

  /** Staff see every application except drafts; an enterprise sees its own only. */
  private visible(actor: Actor | null, app: Pick<PlacementApplication, 'enterpriseId' | 'status'>): boolean {
    if (!actor) return false;
    if (isStaff(actor)) return app.status !== S.DRAFT;
    return actor.role === Role.ENTERPRISE && !!actor.enterpriseId && actor.enterpriseId === app.enterpriseId;
  }

  async get(actor: Actor, id: string): Promise<PlacementApplication> {
    const app = UUID.test(id) ? await this.applications.findOne({ where: { id } }) : null;
    if (!app || !this.visible(actor, app)) throw NOT_FOUND();
    return app;
  }

  list(
    actor: Actor,
    filter: ApplicationFilter = {},
    first: number,
    after?: string,
  ): Promise<Connection<PlacementApplication>> {
    const query = this.applications.createQueryBuilder('a');
    if (isStaff(actor)) {
      query.andWhere('a.status <> :draft', { draft: S.DRAFT });
      if (filter.enterpriseId) query.andWhere('a.enterpriseId = :enterpriseId', { enterpriseId: filter.enterpriseId });
    } else {
      query.andWhere('a.enterpriseId = :own', { own: actor.enterpriseId ?? '00000000-0000-0000-0000-000000000000' });
    }
    if (filter.status) query.andWhere('a.status = :status', { status: filter.status });
    if (filter.parkId) query.andWhere('a.parkId = :parkId', { parkId: filter.parkId });
    if (filter.kind) query.andWhere('a.kind = :kind', { kind: filter.kind });
    return paginate(query, { first, after, sortColumn: 'createdAt', direction: 'DESC' });
  }

  /** Applications of several enterprises (for `Enterprise.applications`), each list newest first. */
  async byEnterprises(actor: Actor | null, enterpriseIds: readonly string[]): Promise<PlacementApplication[][]> {
    const allowed = enterpriseIds.filter((id) => this.enterprises.canAccess(actor, id));
    const rows = allowed.length
      ? await this.applications.find({ where: { enterpriseId: In(allowed) }, order: { createdAt: 'DESC', id: 'DESC' } })
      : [];
    return enterpriseIds.map((id) => rows.filter((row) => row.enterpriseId === id && this.visible(actor, row)));
  }

  async timelines(applicationIds: readonly string[]): Promise<ApplicationStatusChange[][]> {
    const rows = await this.changes.find({
      where: { applicationId: In([...applicationIds]) },
      order: { at: 'ASC', id: 'ASC' },
    });
    return applicationIds.map((id) => rows.filter((row) => row.applicationId === id));
  }

  // ── The enterprise ──────────────────────────────────────────────────────────────────────

  /** Submits an application (SUBMITTED), or keeps it as a DRAFT with `draft: true`. */
  submit(actor: Actor, input: ApplicationInput): Promise<PlacementApplication> {
    const enterpriseId = actor.enterpriseId;
    if (actor.role !== Role.ENTERPRISE || !enterpriseId) {
      throw AppError.badInput({
        'zh-CN': '该账号未关联企业，无法提交入园申请',
        'en-US': 'This account acts for no enterprise, so it cannot apply',
      });
    }
    return this.dataSource.transaction(async (manager) => {
      const draft = input.draft === true;
      const fields = toFields(input);
      await this.check(manager, fields, !draft);
      const status = draft ? S.DRAFT : S.SUBMITTED;
      const app = manager.create(PlacementApplication, {
        ...fields,
        enterpriseId,
        status,
        submittedAt: draft ? null : new Date(),
      });
      await manager.insert(PlacementApplication, app);
      await manager.insert(ApplicationStatusChange, {
        applicationId: app.id,
        from: null,
        to: status,
        actorId: actor.userId,
        actorRole: actor.role,
      });
      await this.audit.record(manager, actor, {
        action: draft ? 'application.draft' : 'application.submit',
        entity: 'PlacementApplication',
        entityId: app.id,
        after: app,
      });
      if (!draft) await this.notify(manager, app, S.SUBMITTED, {});
      return app;
    });
  }

  /** Rewrites a draft; with `draft: false` it is submitted as well. */
  updateDraft(
    actor: Actor,
    id: string,
    input: ApplicationInput,
    version?: number | null,
  ): Promise<PlacementApplication> {
    return this.dataSource.transaction(async (manager) => {
      const app = await this.lockOwn(manager, actor, id, version);
      if (app.status !== S.DRAFT) {
        throw AppError.badInput({
          'zh-CN': `只有草稿可以修改，此申请状态为“${STATUS_LABELS[app.status].zh}”`,
          'en-US': `Only a draft can be edited; this application is ${app.status}`,
        });
      }
      const fields = toFields(input);
      const submitting = input.draft === false;
      await this.check(manager, fields, submitting);
      if (submitting)
        return this.transition(manager, actor, app, S.SUBMITTED, { patch: { ...fields, submittedAt: new Date() } });
      await updateVersioned(
        manager,
        PlacementApplication,
        app.id,
        app.version,
        fields as Partial<PlacementApplication>,
        LABEL,
      );
      const saved = await manager.findOneOrFail(PlacementApplication, { where: { id } });
      await this.audit.record(manager, actor, {
        action: 'application.updateDraft',
        entity: 'PlacementApplication',
        entityId: id,
        before: app,
        after: saved,
      });
      return saved;
    });
  }

  submitDraft(actor: Actor, id: string, version?: number | null): Promise<PlacementApplication> {
    return this.dataSource.transaction(async (manager) => {
      const app = await this.lockOwn(manager, actor, id, version);
      assertTransition(app.status, S.SUBMITTED);
      await this.check(manager, app, true);
      return this.transition(manager, actor, app, S.SUBMITTED, { patch: { submittedAt: new Date() } });
    });
  }

  /** The enterprise withdraws before a decision; nothing was reserved, so nothing is released. */
  withdraw(actor: Actor, id: string, version?: number | null, note?: string | null): Promise<PlacementApplication> {
    return this.dataSource.transaction(async (manager) => {
      const app = await this.lockOwn(manager, actor, id, version);
      return this.transition(manager, actor, app, S.WITHDRAWN, { note });
    });
  }

  // ── Staff ───────────────────────────────────────────────────────────────────────────────

  /** Moves an application to SCREENING, RECOMMENDED or UNDER_REVIEW. */
  move(actor: Actor, id: string, version: number, to: S, note?: string | null): Promise<PlacementApplication> {
    if (!STAFF_STEPS.includes(to)) {
      throw AppError.field(
        'status',
        `只能手动变更为 ${STAFF_STEPS.join('、')}；批准或驳回请使用 decideApplication`,
        `can only be ${STAFF_STEPS.join(', ')} here; approve or reject with decideApplication`,
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const app = await this.lockForStaff(manager, id, version);
      return this.transition(manager, actor, app, to, { note });
    });
  }

  /**
   * Approves (taking the space from the park) or rejects (with a reason). The conditional UPDATE
   * touches the park row only while it has the space; otherwise the whole decision is undone.
   */
  decide(
    actor: Actor,
    id: string,
    version: number,
    decision: Decision,
    parkId?: string | null,
    reason?: string | null,
  ): Promise<PlacementApplication> {
    const why = reason?.trim() || null;
    if (decision === Decision.REJECTED && !why)
      throw AppError.field('reason', '驳回必须说明理由', 'is required to reject');
    if (decision === Decision.APPROVED && !parkId)
      throw AppError.field('parkId', '批准时必须指定园区', 'is required to approve');
    return this.dataSource.transaction(async (manager) => {
      const app = await this.lockForStaff(manager, id, version);
      const decided = { decisionReason: why, decidedAt: new Date(), decidedBy: actor.userId };
      if (decision === Decision.REJECTED) {
        return this.transition(manager, actor, app, S.REJECTED, { patch: decided, note: why });
      }
      assertTransition(app.status, S.APPROVED);
      const park = UUID.test(parkId!) ? await manager.findOne(Park, { where: { id: parkId! } }) : null;
      if (!park || !park.active) throw AppError.field('parkId', '园区不存在或已停用', 'is not an active park');
      if (!kindFitsPark(app.kind, park.kind)) {
        throw AppError.field(
          'parkId',
          app.kind === ApplicationKind.INCUBATOR_SEAT
            ? `“${park.name}”不是孵化载体，不能安排孵化工位`
            : `“${park.name}”是孵化载体，不能安排用地`,
          app.kind === ApplicationKind.INCUBATOR_SEAT
            ? `${park.nameEn} is no incubation carrier`
            : `${park.nameEn} is an incubation carrier, with no land`,
        );
      }
      const { column, amount } = spaceNeeded(app);
      if (!(amount > 0))
        throw AppError.field(
          column === 'freeLandMu' ? 'landMu' : 'floorSqm',
          '申请未填写所需面积',
          'the application names no space',
        );
      // Transition first: the application row is locked and its version checked before the park is touched.
      const saved = await this.transition(manager, actor, app, S.APPROVED, {
        patch: {
          ...decided,
          parkId: park.id,
          reservedLandMu: column === 'freeLandMu' ? amount : 0,
          reservedFloorSqm: column === 'freeFloorSqm' ? amount : 0,
        },
        note: why,
        park,
      });
      await this.reserve(manager, actor, park, column, amount);
      return saved;
    });
  }

  markMovedIn(actor: Actor, id: string, version: number, note?: string | null): Promise<PlacementApplication> {
    return this.dataSource.transaction(async (manager) => {
      const app = await this.lockForStaff(manager, id, version);
      const park = app.parkId ? await manager.findOne(Park, { where: { id: app.parkId } }) : null;
      return this.transition(manager, actor, app, S.MOVED_IN, { note, park });
    });
  }

  // ── Inside a transaction ────────────────────────────────────────────────────────────────

  /**
   * `UPDATE parks SET "<column>" = "<column>" - $1 … WHERE id = $2 AND "<column>" >= $1`: exactly
   * one row, or there is not enough space. The row lock orders racing approvals; the second sees the
   * first one's result. The CHECK constraint (free space ≥ 0) is the last line of defence.
   */
  private async reserve(
    manager: EntityManager,
    actor: Actor,
    park: Park,
    column: 'freeLandMu' | 'freeFloorSqm',
    amount: number,
  ) {
    let rows: { free: string; version: number }[] = [];
    let violated = false;
    try {
      [rows] = (await manager.query(
        `UPDATE parks SET "${column}" = "${column}" - $1, version = version + 1, "updatedAt" = now()
          WHERE id = $2 AND "${column}" >= $1
          RETURNING "${column}" AS free, version`,
        [amount, park.id],
      )) as [{ free: string; version: number }[], number];
    } catch (error) {
      const code =
        error instanceof QueryFailedError
          ? (error as { driverError?: { code?: string } }).driverError?.code
          : undefined;
      if (code !== '23514') throw error;
      violated = true; // the CHECK (free space >= 0) refused it; the transaction is aborted, so ask nothing more
    }
    if (violated || rows.length !== 1) {
      const current = violated ? null : await manager.findOne(Park, { where: { id: park.id } });
      throw notEnoughSpace(park, column, amount, current ? current[column] : null);
    }
    await this.audit.record(manager, actor, {
      action: 'park.reserveSpace',
      entity: 'Park',
      entityId: park.id,
      before: { [column]: Number(rows[0].free) + amount },
      after: { [column]: Number(rows[0].free), version: rows[0].version },
    });
  }

  private async transition(
    manager: EntityManager,
    actor: Actor,
    app: PlacementApplication,
    to: S,
    extras: TransitionExtras,
  ) {
    assertTransition(app.status, to);
    const patch = { ...(extras.patch ?? {}), status: to };
    await updateVersioned(manager, PlacementApplication, app.id, app.version, patch, LABEL);
    const note = extras.note?.trim() || null;
    await manager.insert(ApplicationStatusChange, {
      applicationId: app.id,
      from: app.status,
      to,
      actorId: actor.userId,
      actorRole: actor.role,
      note,
    });
    await this.audit.record(manager, actor, {
      action: `application.${to.toLowerCase()}`,
      entity: 'PlacementApplication',
      entityId: app.id,
      before: { status: app.status, version: app.version },
      after: { ...patch, version: app.version + 1 },
    });
    const saved = await manager.findOneOrFail(PlacementApplication, { where: { id: app.id } });
    await this.notify(manager, saved, to, { park: extras.park ?? null, reason: note });
    return saved;
  }

  /** Every user of the enterprise is told, in the change's transaction (written by a job). */
  private async notify(
    manager: EntityManager,
    app: PlacementApplication,
    status: S,
    about: { park?: Park | null; reason?: string | null },
  ) {
    const users = await manager.find(User, {
      where: { enterpriseId: app.enterpriseId, active: true },
      select: { id: true },
    });
    const label = STATUS_LABELS[status];
    const body = messageBody(status, about.park ?? null, about.reason ?? null);
    for (const user of users) {
      await this.notifications.enqueue(manager, {
        userId: user.id,
        kind: 'APPLICATION_STATUS',
        dedupeKey: `application:${app.id}:${status}`,
        title: `入园申请${label.zh}`,
        titleEn: `Placement application ${label.en}`,
        body: body.zh,
        bodyEn: body.en,
        data: { applicationId: app.id, status, parkId: app.parkId },
      });
    }
  }

  private async check(manager: EntityManager, fields: ApplicationFields, submitting: boolean): Promise<void> {
    const faults = checkApplication(fields, submitting);
    if (fields.preferredParkIds.length) {
      const found = await manager.find(Park, { where: { id: In(fields.preferredParkIds) }, select: { id: true } });
      if (found.length !== new Set(fields.preferredParkIds).size) {
        faults.push({
          field: 'preferredParkIds',
          message: { 'zh-CN': '包含不存在的园区', 'en-US': 'names a park that does not exist' },
        });
      }
    }
    if (faults.length) throw AppError.badInput(describeFaults(faults), faults);
  }

  /** The enterprise's own application, locked; a stale `version` is a CONFLICT. */
  private async lockOwn(manager: EntityManager, actor: Actor, id: string, version?: number | null) {
    const app = await this.lock(manager, id);
    if (!app || actor.role !== Role.ENTERPRISE || app.enterpriseId !== actor.enterpriseId) throw NOT_FOUND();
    if (version !== undefined && version !== null && version !== app.version)
      throw AppError.conflict(LABEL.zh, LABEL.en);
    return app;
  }

  private async lockForStaff(manager: EntityManager, id: string, version: number) {
    const app = await this.lock(manager, id);
    if (!app || app.status === S.DRAFT) throw NOT_FOUND();
    if (version !== app.version) throw AppError.conflict(LABEL.zh, LABEL.en);
    return app;
  }

  private lock(manager: EntityManager, id: string): Promise<PlacementApplication | null> {
    if (!UUID.test(id)) return Promise.resolve(null);
    return manager.findOne(PlacementApplication, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }
}

function notEnoughSpace(
  park: Park,
  column: 'freeLandMu' | 'freeFloorSqm',
  amount: number,
  left: number | null,
): AppError {
  const land = column === 'freeLandMu';
  const unit = land ? { zh: '亩', en: 'mu' } : { zh: '平方米', en: 'm²' };
  const leftZh = left === null ? '' : `，剩余 ${left} ${unit.zh}`;
  const leftEn = left === null ? '' : `, ${left} ${unit.en} left`;
  return AppError.badInput(
    {
      'zh-CN': `园区“${park.name}”${land ? '空闲用地' : '空闲面积'}不足：需要 ${amount} ${unit.zh}${leftZh}`,
      'en-US': `not enough ${land ? 'free land' : 'free floor space'} in park ${park.nameEn} (${park.code}): ${amount} ${unit.en} needed${leftEn}`,
    },
    [
      {
        field: 'parkId',
        message: {
          'zh-CN': land ? '空闲用地不足' : '空闲面积不足',
          'en-US': land ? 'not enough free land' : 'not enough free floor space',
        },
      },
    ],
    { parkId: park.id, needed: amount, left },
  );
}

function toFields(input: ApplicationInput): ApplicationFields {
  return {
    kind: input.kind,
    landMu: input.landMu ?? null,
    floorSqm: input.floorSqm ?? null,
    preferredParkIds: input.preferredParkIds ?? [],
    summary: input.summary?.trim() ?? '',
    plannedInvestment: input.plannedInvestment ?? null,
    jobs: input.jobs ?? null,
    expectedAnnualTax: input.expectedAnnualTax ?? null,
    energyTce: input.energyTce ?? null,
    pollutionCategory: input.pollutionCategory ?? null,
    desiredMoveIn: input.desiredMoveIn ?? null,
  };
}

function messageBody(status: S, park: Park | null, reason: string | null): { zh: string; en: string } {
  const why = reason ? { zh: `说明：${reason}`, en: ` Note: ${reason}` } : { zh: '', en: '' };
  switch (status) {
    case S.SUBMITTED:
      return {
        zh: '您的入园申请已提交，招商局将尽快受理。',
        en: 'Your placement application was submitted; the bureau will take it up soon.',
      };
    case S.APPROVED:
      return {
        zh: `您的入园申请已获批准，安排在“${park?.name ?? ''}”。${why.zh}`,
        en: `Your placement application was approved, in ${park?.nameEn ?? ''}.${why.en}`,
      };
    case S.REJECTED:
      return {
        zh: `您的入园申请未获批准。理由：${reason ?? ''}`,
        en: `Your placement application was rejected. Reason: ${reason ?? ''}`,
      };
    case S.MOVED_IN:
      return { zh: `已确认入驻“${park?.name ?? ''}”。`, en: `Your move into ${park?.nameEn ?? ''} is confirmed.` };
    case S.WITHDRAWN:
      return { zh: '您的入园申请已撤回。', en: 'Your placement application was withdrawn.' };
    default:
      return {
        zh: `您的入园申请状态已更新为“${STATUS_LABELS[status].zh}”。${why.zh}`,
        en: `Your placement application is now ${STATUS_LABELS[status].en}.${why.en}`,
      };
  }
}
