import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ConstraintResult } from '#matching';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service.js';
import type { Actor } from '../../core/auth/actor.js';
import { AppError, text } from '../../core/errors/app-error.js';
import { OutboxService } from '../../core/queue/outbox.service.js';
import { EnterpriseProfileService } from '../enterprises/enterprise-profile.service.js';
import { EnterprisesService } from '../enterprises/enterprises.service.js';
import { PARK_CHANGED } from '../parks/park-changed.job.js';
import type { Park } from '../parks/park.entity.js';
import { ParksService } from '../parks/parks.service.js';
import { Role } from '../../core/users/role.enum.js';
import { ApplicationSuitability } from './application-suitability.service.js';
import { overridableFailures, unsuitablePark } from './unsuitable-park.js';
import { kindFitsPark, spaceNeeded } from './application-rules.js';
import { assertTransition } from './application-status.js';
import { ApplicationTransitions } from './application-transitions.service.js';
import { ApplicationKind, ApplicationStatus as S, Decision } from './application.enums.js';
import type { PlacementApplication } from './placement-application.entity.js';

/** Statuses staff move an application through by hand before deciding. */
export const STAFF_STEPS: readonly S[] = [S.SCREENING, S.RECOMMENDED, S.UNDER_REVIEW];

/**
 * What staff do with a submitted application: move it through review, approve it into a park
 * (taking the space from the park in the same transaction) or reject it, and confirm the move-in.
 */
@Injectable()
export class ApplicationDecisions {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly steps: ApplicationTransitions,
    private readonly parks: ParksService,
    private readonly suitability: ApplicationSuitability,
    private readonly audit: AuditService,
    private readonly profiles: EnterpriseProfileService,
    private readonly enterprises: EnterprisesService,
    private readonly outbox: OutboxService,
  ) {}

  /** Moves an application to SCREENING, RECOMMENDED or UNDER_REVIEW. */
  move(actor: Actor, id: string, version: number, to: S, note?: string | null): Promise<PlacementApplication> {
    if (!STAFF_STEPS.includes(to)) {
      throw AppError.field(
        'status',
        text(
          `只能手动变更为 ${STAFF_STEPS.join('、')}；批准或驳回请使用 decideApplication`,
          `can only be ${STAFF_STEPS.join(', ')} here; approve or reject with decideApplication`,
        ),
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const app = await this.steps.lockForStaff(manager, id, version);
      return this.steps.transition(manager, actor, app, to, { note });
    });
  }

  /**
   * Approves (taking the space from the park) or rejects (with a reason). An approval into a park
   * that fails a hard constraint is refused with each constraint, unless an admin overrides it with
   * a reason (audited with the constraints). The park's conditional UPDATE takes the space only
   * while the park has it; otherwise the whole decision is undone.
   */
  decide(
    actor: Actor,
    id: string,
    version: number,
    decision: Decision,
    parkId?: string | null,
    reason?: string | null,
    override = false,
  ): Promise<PlacementApplication> {
    const why = reason?.trim() || null;
    if (decision === Decision.REJECTED && !why)
      throw AppError.field('reason', text('驳回必须说明理由', 'is required to reject'));
    if (decision === Decision.APPROVED && !parkId)
      throw AppError.field('parkId', text('批准时必须指定园区', 'is required to approve'));
    if (override && actor.role !== Role.ADMIN) throw AppError.forbidden();
    if (override && !why)
      throw AppError.field('reason', text('越过硬性条件批准必须说明理由', 'is required to override hard constraints'));
    return this.dataSource.transaction(async (manager) => {
      const app = await this.steps.lockForStaff(manager, id, version);
      if (decision === Decision.REJECTED) {
        const decided = { decisionReason: why, decidedAt: new Date(), decidedBy: actor.userId };
        return this.steps.transition(manager, actor, app, S.REJECTED, { patch: decided, note: why });
      }
      return this.approveIn(manager, actor, app, parkId!, why, override);
    });
  }

  /**
   * Approves a locked application into a park in the caller's transaction: the kind and hard
   * constraints are checked (an admin's `override` lifts the overridable ones), the status moves
   * first (the version was checked on locking) and then the park's conditional UPDATE takes the
   * space, or throws and the caller's transaction undoes everything. Used by decideApplication
   * and by applyAllocation (many approvals, one transaction).
   */
  async approveIn(
    manager: EntityManager,
    actor: Actor,
    app: PlacementApplication,
    parkId: string,
    why: string | null,
    override = false,
    via: 'APPROVAL' | 'ALLOCATION' = 'APPROVAL',
  ): Promise<PlacementApplication> {
    assertTransition(app.status, S.APPROVED);
    const [park] = await this.parks.findByIds([parkId], manager);
    if (!park || !park.active) throw AppError.field('parkId', text('园区不存在或已停用', 'is not an active park'));
    assertKindFits(app, park);
    const space = spaceNeeded(app);
    if (!(space.amount > 0)) {
      const field = space.column === 'freeLandMu' ? 'landMu' : 'floorSqm';
      throw AppError.field(field, text('申请未填写所需面积', 'the application names no space'));
    }
    const failures = overridableFailures((await this.suitability.check(manager, app, park)).failures);
    if (failures.length && !override) throw unsuitablePark(park, failures);
    const saved = await this.steps.transition(manager, actor, app, S.APPROVED, {
      patch: {
        decisionReason: why,
        decidedAt: new Date(),
        decidedBy: actor.userId,
        parkId: park.id,
        reservedLandMu: space.column === 'freeLandMu' ? space.amount : 0,
        reservedFloorSqm: space.column === 'freeFloorSqm' ? space.amount : 0,
      },
      note: why,
      park,
    });
    await this.parks.reserveSpace(manager, actor, park, space, {
      kind: via,
      applicationId: app.id,
      enterpriseId: app.enterpriseId,
      note: why,
    });
    if (failures.length) await this.auditOverride(manager, actor, app, park, failures, why!);
    return saved;
  }

  private auditOverride(
    manager: EntityManager,
    actor: Actor,
    app: PlacementApplication,
    park: Park,
    failures: readonly ConstraintResult[],
    reason: string,
  ) {
    return this.audit.record(manager, actor, {
      action: 'application.overrideConstraints',
      entity: 'PlacementApplication',
      entityId: app.id,
      after: { parkId: park.id, reason, constraints: failures.map((f) => ({ code: f.code, text: f.text })) },
    });
  }

  /**
   * APPROVED → MOVED_IN, and the enterprise's profile records the park (`parkCode`, `inZone`):
   * facts that policies read, so that profile change re-matches them.
   */
  markMovedIn(actor: Actor, id: string, version: number, note?: string | null): Promise<PlacementApplication> {
    return this.dataSource.transaction(async (manager) => {
      const app = await this.steps.lockForStaff(manager, id, version);
      const [park] = app.parkId ? await this.parks.findByIds([app.parkId], manager) : [];
      const saved = await this.steps.transition(manager, actor, app, S.MOVED_IN, { note, park: park ?? null });
      if (park) {
        await this.leavePark(manager, app.enterpriseId, park.code);
        await this.profiles.recordPlacement(manager, actor, app.enterpriseId, park.code);
      }
      return saved;
    });
  }

  /**
   * An enterprise moving from one park to another leaves the first one's tenants: that park is
   * re-matched for the applicants of its industry and segment (the new park is, by the profile change).
   */
  private async leavePark(manager: EntityManager, enterpriseId: string, newCode: string): Promise<void> {
    const [tenant] = await this.enterprises.findByIds([enterpriseId], manager);
    if (!tenant?.parkCode || tenant.parkCode === newCode || (!tenant.industry && !tenant.chainSegment)) return;
    const old = (await this.parks.findActive(manager)).find((p) => p.code === tenant.parkCode);
    if (!old) return;
    await this.outbox.enqueue(manager, PARK_CHANGED, {
      parkId: old.id,
      only: {
        industries: tenant.industry ? [tenant.industry] : [],
        segments: tenant.chainSegment ? [tenant.chainSegment] : [],
      },
    });
  }

  /**
   * Staff return an open application for correction (补正, → RETURNED) saying what to fix (required,
   * on the timeline and in the notification the enterprise's users get); the enterprise corrects
   * it, adds documents and submits it again.
   */
  returnForCorrection(actor: Actor, id: string, version: number, reason: string): Promise<PlacementApplication> {
    const why = reason.trim();
    if (!why) throw AppError.field('reason', text('退回补正必须说明需要补正的内容', 'must say what to correct'));
    if (why.length > 2000)
      throw AppError.field('reason', text('补正意见不能超过 2000 字', 'must be at most 2000 characters'));
    return this.dataSource.transaction(async (manager) => {
      const app = await this.steps.lockForStaff(manager, id, version);
      return this.steps.transition(manager, actor, app, S.RETURNED, { note: why });
    });
  }

  /** Staff cancel an approval before the move-in (→ WITHDRAWN, with a reason): the space goes back. */
  cancelApproval(actor: Actor, id: string, version: number, reason: string): Promise<PlacementApplication> {
    const why = reason.trim();
    if (!why) throw AppError.field('reason', text('取消批准必须说明理由', 'is required to cancel an approval'));
    return this.dataSource.transaction(async (manager) => {
      const app = await this.steps.lockForStaff(manager, id, version);
      if (app.status !== S.APPROVED) {
        throw AppError.badInput(
          text(
            `只能取消已批准且尚未入驻的申请（当前：${app.status}）`,
            `only an approval can be cancelled (it is ${app.status})`,
          ),
        );
      }
      return this.steps.withdraw(manager, actor, app, why);
    });
  }
}

/** Seats go in incubation carriers, land outside them. */
function assertKindFits(app: PlacementApplication, park: Park): void {
  if (kindFitsPark(app.kind, park.kind)) return;
  const seat = app.kind === ApplicationKind.INCUBATOR_SEAT;
  throw AppError.field(
    'parkId',
    seat
      ? text(`“${park.name}”不是孵化载体，不能安排孵化工位`, `${park.nameEn} is no incubation carrier`)
      : text(`“${park.name}”是孵化载体，不能安排用地`, `${park.nameEn} is an incubation carrier, with no land`),
  );
}
