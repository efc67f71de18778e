import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { assertVersion, updateVersioned } from '../../core/database/optimistic-update.js';
import { AppError, text } from '../../core/errors/app-error.js';
import { fieldFault } from '../../core/errors/field-fault.js';
import { OutboxService } from '../../core/queue/outbox.service.js';
import { Role } from '../../core/users/role.enum.js';
import { UsersService } from '../../core/users/users.service.js';
import { EnterprisesService } from '../enterprises/enterprises.service.js';
import { FilesService } from '../files/files.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { Park } from '../parks/park.entity.js';
import type { ParkSpace } from '../parks/park-space.js';
import { ParksService } from '../parks/parks.service.js';
import { MATCH_APPLICATION_PARKS } from './application-submitted.job.js';
import { missingDocuments, missingDocumentsText } from './application-documents.js';
import { APPLICATION_FILES } from './application-files.policy.js';
import { statusMessage } from './application-messages.js';
import { checkApplication, type ApplicationFields } from './application-rules.js';
import { ApplicationStatusChange } from './application-status-change.entity.js';
import { assertTransition, STATUS_LABELS } from './application-status.js';
import { ApplicationStatus as S } from './application.enums.js';
import { PlacementApplication } from './placement-application.entity.js';

export const APPLICATION_LABEL = text('入驻申请', 'Placement application');

export interface TransitionExtras {
  patch?: Partial<PlacementApplication>;
  note?: string | null;
  park?: Park | null;
}

/**
 * The steps every application command takes inside its transaction: lock the row (checking who may
 * act and the version), check the fields, and move the status with its timeline row, audit row and
 * a notification to every user of the enterprise.
 */
@Injectable()
export class ApplicationTransitions {
  constructor(
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly users: UsersService,
    private readonly parks: ParksService,
    private readonly outbox: OutboxService,
    private readonly files: FilesService,
    private readonly enterprises: EnterprisesService,
  ) {}

  async transition(manager: EntityManager, actor: Actor, app: PlacementApplication, to: S, extras: TransitionExtras) {
    assertTransition(app.status, to);
    const patch = { ...(extras.patch ?? {}), status: to };
    await updateVersioned(manager, PlacementApplication, app.id, app.version, patch, APPLICATION_LABEL);
    const note = extras.note?.trim() || null;
    await this.recordStatus(manager, actor, app.id, app.status, to, note);
    await this.audit.record(manager, actor, {
      action: `application.${to.toLowerCase()}`,
      entity: 'PlacementApplication',
      entityId: app.id,
      before: { status: app.status, version: app.version },
      after: { ...patch, version: app.version + 1 },
    });
    const saved = await manager.findOneOrFail(PlacementApplication, { where: { id: app.id } });
    // a return for correction and the submission after it may happen more than once: each is news
    const round = to === S.RETURNED || app.status === S.RETURNED ? saved.version : null;
    await this.notify(manager, saved, to, extras.park ?? null, note, round);
    if (to === S.SUBMITTED) await this.matchParks(manager, app.id);
    return saved;
  }

  /** Ranks the parks for the application in the background, once this transaction commits. */
  async matchParks(manager: EntityManager, applicationId: string): Promise<void> {
    await this.outbox.enqueue(manager, MATCH_APPLICATION_PARKS, { applicationId });
  }

  /**
   * → WITHDRAWN (the enterprise withdraws, or staff cancel an approval before the move-in): an
   * approved application gives the land or floor space it reserved back to its park.
   */
  async withdraw(manager: EntityManager, actor: Actor, app: PlacementApplication, note?: string | null) {
    const reserved: ParkSpace[] = [
      { column: 'freeLandMu' as const, amount: app.reservedLandMu },
      { column: 'freeFloorSqm' as const, amount: app.reservedFloorSqm },
    ].filter((space) => space.amount > 0);
    const patch = reserved.length ? { reservedLandMu: 0, reservedFloorSqm: 0 } : {};
    const saved = await this.transition(manager, actor, app, S.WITHDRAWN, { note, patch });
    const cause = { kind: 'RELEASE' as const, applicationId: app.id, enterpriseId: app.enterpriseId, note };
    for (const space of reserved) await this.parks.releaseSpace(manager, actor, app.parkId!, space, cause);
    return saved;
  }

  recordStatus(
    manager: EntityManager,
    actor: Actor,
    applicationId: string,
    from: S | null,
    to: S,
    note?: string | null,
  ) {
    return manager.insert(ApplicationStatusChange, {
      applicationId,
      from,
      to,
      actorId: actor.userId,
      actorRole: actor.role,
      note: note ?? null,
    });
  }

  /** Every user of the enterprise is told, in the change's transaction (written by a job). */
  async notify(
    manager: EntityManager,
    app: PlacementApplication,
    status: S,
    park: Park | null,
    reason: string | null,
    round: number | null = null,
  ) {
    const label = STATUS_LABELS[status];
    const body = statusMessage(status, park, reason);
    const again = round === null ? '' : `:${round}`;
    await this.notifications.enqueueToEach(manager, await this.users.usersOfEnterprise(manager, app.enterpriseId), {
      kind: 'APPLICATION_STATUS',
      dedupeKey: `application:${app.id}:${status}${again}`,
      title: `入驻申请${label.zh}`,
      titleEn: `Placement application ${label.en}`,
      body: body.zh,
      bodyEn: body.en,
      data: { applicationId: app.id, status, parkId: app.parkId },
    });
    if (status === S.SUBMITTED) await this.notifyStaffOfArrival(manager, app, round);
  }

  /** A submitted (or corrected and resubmitted) application is work for the bureau: every active staff member hears of it. */
  private async notifyStaffOfArrival(manager: EntityManager, app: PlacementApplication, round: number | null) {
    const summary = app.summary.length > 60 ? `${app.summary.slice(0, 60)}…` : app.summary;
    await this.notifications.enqueueToEach(manager, await this.users.staffIds(manager), {
      kind: 'APPLICATION_SUBMITTED',
      dedupeKey: `application:${app.id}:arrived${round === null ? '' : `:${round}`}`,
      title: round === null ? '新的入驻申请待受理' : '入驻申请已补正，待受理',
      titleEn: round === null ? 'A new placement application to review' : 'A corrected placement application to review',
      body: `项目：${summary}`,
      bodyEn: `Project: ${summary}`,
      data: { applicationId: app.id },
    });
  }

  /** The field rules, and that every preferred park exists. */
  async check(manager: EntityManager, fields: ApplicationFields, submitting: boolean): Promise<void> {
    const faults = checkApplication(fields, submitting);
    if (fields.preferredParkIds.length) {
      const found = await this.parks.findByIds(fields.preferredParkIds, manager);
      if (found.length !== new Set(fields.preferredParkIds).size) {
        faults.push(fieldFault('preferredParkIds', '包含不存在的园区', 'names a park that does not exist'));
      }
      if (found.some((park) => park.outsideDistrict)) {
        faults.push(
          fieldFault(
            'preferredParkIds',
            '离岸孵化器不在本区，不能申请入驻',
            'names an offshore incubator outside the district',
          ),
        );
      }
    }
    if (faults.length) throw AppError.faults(faults);
  }

  /**
   * Refuses to submit an application that lacks a required document of its kind (营业执照, …),
   * naming each missing one.
   */
  async checkDocuments(manager: EntityManager, app: Pick<PlacementApplication, 'id' | 'kind'>): Promise<void> {
    const [files] = await this.files.listFor(APPLICATION_FILES, [app.id], manager);
    const missing = missingDocuments(
      app.kind,
      files.map((file) => file.category),
    );
    if (!missing.length) return;
    const message = missingDocumentsText(missing);
    throw AppError.badInput(message, [fieldFault('documents', message.zh, message.en)], { missingDocuments: missing });
  }

  /**
   * The project's energy use and pollution category are facts of the enterprise's profile: the
   * wizard does not ask for them again, so where the input leaves them out they come from the profile.
   */
  async withProfileFacts<T extends ApplicationFields>(
    manager: EntityManager,
    enterpriseId: string,
    fields: T,
  ): Promise<T> {
    if (fields.energyTce !== null && fields.pollutionCategory !== null) return fields;
    const [profile] = await this.enterprises.findByIds([enterpriseId], manager);
    return {
      ...fields,
      energyTce: fields.energyTce ?? profile?.energyTce ?? null,
      pollutionCategory: fields.pollutionCategory ?? profile?.pollutionCategory ?? null,
    };
  }

  /** The enterprise's own application, locked; a stale `version` is a CONFLICT. */
  async lockOwn(manager: EntityManager, actor: Actor, id: string, version: number | null) {
    const app = await this.lock(manager, id);
    if (!app || actor.role !== Role.ENTERPRISE || app.enterpriseId !== actor.enterpriseId)
      throw AppError.notFound(APPLICATION_LABEL);
    assertVersion(version, app.version, APPLICATION_LABEL);
    return app;
  }

  /** Any submitted application, locked (drafts are the enterprise's own); a stale `version` is a CONFLICT. */
  async lockForStaff(manager: EntityManager, id: string, version: number) {
    const app = await this.lock(manager, id);
    if (!app || app.status === S.DRAFT) throw AppError.notFound(APPLICATION_LABEL);
    if (version !== app.version) throw AppError.conflict(APPLICATION_LABEL);
    return app;
  }

  private lock(manager: EntityManager, id: string): Promise<PlacementApplication | null> {
    return manager.findOne(PlacementApplication, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }
}
