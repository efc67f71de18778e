import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { AppError, text } from '../../core/errors/app-error.js';
import type { Park } from '../parks/park.entity.js';
import { ParksService } from '../parks/parks.service.js';
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
   * Approves (taking the space from the park) or rejects (with a reason). The park's conditional
   * UPDATE takes the space only while the park has it; otherwise the whole decision is undone.
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
      throw AppError.field('reason', text('驳回必须说明理由', 'is required to reject'));
    if (decision === Decision.APPROVED && !parkId)
      throw AppError.field('parkId', text('批准时必须指定园区', 'is required to approve'));
    return this.dataSource.transaction(async (manager) => {
      const app = await this.steps.lockForStaff(manager, id, version);
      const decided = { decisionReason: why, decidedAt: new Date(), decidedBy: actor.userId };
      if (decision === Decision.REJECTED) {
        return this.steps.transition(manager, actor, app, S.REJECTED, { patch: decided, note: why });
      }
      assertTransition(app.status, S.APPROVED);
      const [park] = await this.parks.findByIds([parkId!], manager);
      if (!park || !park.active) throw AppError.field('parkId', text('园区不存在或已停用', 'is not an active park'));
      assertKindFits(app, park);
      const space = spaceNeeded(app);
      if (!(space.amount > 0)) {
        const field = space.column === 'freeLandMu' ? 'landMu' : 'floorSqm';
        throw AppError.field(field, text('申请未填写所需面积', 'the application names no space'));
      }
      // Transition first: the application row is locked and its version checked before the park is touched.
      const saved = await this.steps.transition(manager, actor, app, S.APPROVED, {
        patch: {
          ...decided,
          parkId: park.id,
          reservedLandMu: space.column === 'freeLandMu' ? space.amount : 0,
          reservedFloorSqm: space.column === 'freeFloorSqm' ? space.amount : 0,
        },
        note: why,
        park,
      });
      await this.parks.reserveSpace(manager, actor, park, space);
      return saved;
    });
  }

  markMovedIn(actor: Actor, id: string, version: number, note?: string | null): Promise<PlacementApplication> {
    return this.dataSource.transaction(async (manager) => {
      const app = await this.steps.lockForStaff(manager, id, version);
      const [park] = app.parkId ? await this.parks.findByIds([app.parkId], manager) : [];
      return this.steps.transition(manager, actor, app, S.MOVED_IN, { note, park: park ?? null });
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
