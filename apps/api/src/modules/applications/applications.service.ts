import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository, type EntityManager } from 'typeorm';
import { isStaff, type Actor } from '../../core/auth/actor.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { updateVersioned } from '../../core/database/optimistic-update.js';
import { AppError } from '../../core/errors/app-error.js';
import { paginate, type Connection } from '../../core/graphql/pagination.js';
import { Role } from '../../core/users/role.enum.js';
import { EnterprisesService } from '../enterprises/enterprises.service.js';
import { toFields } from './application-rules.js';
import { ApplicationStatusChange } from './application-status-change.entity.js';
import { assertTransition, STATUS_LABELS } from './application-status.js';
import { APPLICATION_LABEL, ApplicationTransitions } from './application-transitions.service.js';
import { ApplicationKind, ApplicationStatus as S } from './application.enums.js';
import type { ApplicationFilter } from './dto/application-connection.args.js';
import type { ApplicationInput } from './dto/application.input.js';
import { PlacementApplication } from './placement-application.entity.js';

/** Submitted and not yet decided: what park matching ranks parks for. */
export const OPEN_STATUSES: readonly S[] = [S.SUBMITTED, S.SCREENING, S.RECOMMENDED, S.UNDER_REVIEW];
const NO_ID = '00000000-0000-0000-0000-000000000000';

/**
 * Placement applications as the enterprise sees and writes them: reading (staff read too), and
 * writing, submitting and withdrawing its own. Staff decisions are in ApplicationDecisions.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(PlacementApplication) private readonly applications: Repository<PlacementApplication>,
    @InjectRepository(ApplicationStatusChange) private readonly changes: Repository<ApplicationStatusChange>,
    private readonly audit: AuditService,
    private readonly enterprises: EnterprisesService,
    private readonly steps: ApplicationTransitions,
  ) {}

  // ── Reading ─────────────────────────────────────────────────────────────────────────────

  /** Staff see every application except drafts; an enterprise sees its own only. */
  private visible(actor: Actor | null, app: Pick<PlacementApplication, 'enterpriseId' | 'status'>): boolean {
    if (!actor) return false;
    if (isStaff(actor)) return app.status !== S.DRAFT;
    return actor.role === Role.ENTERPRISE && !!actor.enterpriseId && actor.enterpriseId === app.enterpriseId;
  }

  async get(actor: Actor, id: string): Promise<PlacementApplication> {
    const app = await this.applications.findOne({ where: { id } });
    if (!app || !this.visible(actor, app)) throw AppError.notFound(APPLICATION_LABEL);
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
      query.andWhere('a.enterpriseId = :own', { own: actor.enterpriseId ?? NO_ID });
    }
    if (filter.status) query.andWhere('a.status = :status', { status: filter.status });
    if (filter.parkId) query.andWhere('a.parkId = :parkId', { parkId: filter.parkId });
    if (filter.kind) query.andWhere('a.kind = :kind', { kind: filter.kind });
    if (filter.open) query.andWhere('a.status IN (:...open)', { open: OPEN_STATUSES });
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
        zh: '该账号未关联企业，无法提交入驻申请',
        en: 'This account acts for no enterprise, so it cannot apply',
      });
    }
    return this.dataSource.transaction(async (manager) => {
      const draft = input.draft === true;
      const fields = await this.steps.withProfileFacts(manager, enterpriseId, toFields(input));
      await this.steps.check(manager, fields, !draft);
      const status = draft ? S.DRAFT : S.SUBMITTED;
      const app = manager.create(PlacementApplication, {
        ...fields,
        enterpriseId,
        status,
        submittedAt: draft ? null : new Date(),
      });
      await manager.insert(PlacementApplication, app);
      await this.steps.recordStatus(manager, actor, app.id, null, status);
      await this.audit.record(manager, actor, {
        action: draft ? 'application.draft' : 'application.submit',
        entity: 'PlacementApplication',
        entityId: app.id,
        after: app,
      });
      if (!draft) {
        await this.steps.notify(manager, app, S.SUBMITTED, null, null);
        await this.steps.matchParks(manager, app.id);
      }
      return app;
    });
  }

  /**
   * A DRAFT prepared for an enterprise by another context (an incubation graduation's application to
   * the next rung), in the caller's transaction. Only the enterprise sees it, reviews and submits it.
   */
  async draftFor(
    manager: EntityManager,
    actor: Actor,
    enterpriseId: string,
    input: Omit<ApplicationInput, 'draft'>,
  ): Promise<PlacementApplication> {
    const fields = await this.steps.withProfileFacts(manager, enterpriseId, toFields({ ...input, draft: true }));
    await this.steps.check(manager, fields, false);
    const app = manager.create(PlacementApplication, { ...fields, enterpriseId, status: S.DRAFT, submittedAt: null });
    await manager.insert(PlacementApplication, app);
    await this.steps.recordStatus(manager, actor, app.id, null, S.DRAFT);
    await this.audit.record(manager, actor, {
      action: 'application.draft',
      entity: 'PlacementApplication',
      entityId: app.id,
      after: app,
    });
    return app;
  }

  /** Rewrites a draft; with `draft: false` it is submitted as well. */
  updateDraft(actor: Actor, id: string, input: ApplicationInput, version: number): Promise<PlacementApplication> {
    return this.dataSource.transaction(async (manager) => {
      const app = await this.steps.lockOwn(manager, actor, id, version);
      if (app.status !== S.DRAFT) {
        throw AppError.badInput({
          zh: `只有草稿可以修改，此申请状态为“${STATUS_LABELS[app.status].zh}”`,
          en: `Only a draft can be edited; this application is ${app.status}`,
        });
      }
      const fields = await this.steps.withProfileFacts(manager, app.enterpriseId, toFields(input));
      const submitting = input.draft === false;
      await this.steps.check(manager, fields, submitting);
      if (submitting) {
        await this.steps.checkDocuments(manager, { id: app.id, kind: fields.kind });
        const patch = { ...fields, submittedAt: new Date() };
        return this.steps.transition(manager, actor, app, S.SUBMITTED, { patch });
      }
      await updateVersioned(manager, PlacementApplication, app.id, app.version, fields, APPLICATION_LABEL);
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

  submitDraft(actor: Actor, id: string, version: number): Promise<PlacementApplication> {
    return this.dataSource.transaction(async (manager) => {
      const app = await this.steps.lockOwn(manager, actor, id, version);
      assertTransition(app.status, S.SUBMITTED);
      await this.steps.check(manager, app, true);
      await this.steps.checkDocuments(manager, app);
      return this.steps.transition(manager, actor, app, S.SUBMITTED, { patch: { submittedAt: new Date() } });
    });
  }

  /**
   * RETURNED → SUBMITTED: the enterprise submits an application returned for correction (补正)
   * again, with its corrected fields (`input`; without it as it stands) and every required
   * document; `note` says what was corrected (on the timeline).
   */
  resubmit(
    actor: Actor,
    id: string,
    version: number,
    input: ApplicationInput | null,
    note?: string | null,
  ): Promise<PlacementApplication> {
    return this.dataSource.transaction(async (manager) => {
      const app = await this.steps.lockOwn(manager, actor, id, version);
      if (app.status !== S.RETURNED) {
        throw AppError.badInput({
          zh: `只有待补正的申请可以重新提交，此申请状态为“${STATUS_LABELS[app.status].zh}”`,
          en: `Only an application returned for correction can be resubmitted; this one is ${app.status}`,
        });
      }
      const fields = await this.steps.withProfileFacts(manager, app.enterpriseId, input ? toFields(input) : app);
      await this.steps.check(manager, fields, true);
      await this.steps.checkDocuments(manager, { id: app.id, kind: fields.kind });
      const patch: Partial<PlacementApplication> = { submittedAt: new Date() };
      if (input) Object.assign(patch, fields);
      else Object.assign(patch, { energyTce: fields.energyTce, pollutionCategory: fields.pollutionCategory });
      return this.steps.transition(manager, actor, app, S.SUBMITTED, { patch, note });
    });
  }

  /** The enterprise withdraws before it moves in; an approval's reserved space goes back to the park. */
  withdraw(actor: Actor, id: string, version: number | null, note?: string | null): Promise<PlacementApplication> {
    return this.dataSource.transaction(async (manager) => {
      const app = await this.steps.lockOwn(manager, actor, id, version);
      return this.steps.withdraw(manager, actor, app, note);
    });
  }

  // ── Park matching (the park-matching context, in its own transactions) ─────────────────

  /** Open applications (submitted, not yet decided) among `ids`, or of one enterprise, or all after a cursor. */
  findOpen(
    manager: EntityManager,
    where: {
      ids?: readonly string[];
      enterpriseId?: string;
      afterId?: string;
      limit?: number;
      /** LAND: land applications (亩); FLOOR: the others (m²). */
      space?: 'LAND' | 'FLOOR';
    },
  ): Promise<PlacementApplication[]> {
    const query = manager
      .createQueryBuilder(PlacementApplication, 'a')
      .where('a.status IN (:...open)', { open: OPEN_STATUSES })
      .orderBy('a.id')
      .take(where.limit);
    if (where.ids) query.andWhere('a.id IN (:...ids)', { ids: where.ids.length ? [...where.ids] : [NO_ID] });
    if (where.enterpriseId) query.andWhere('a.enterpriseId = :enterpriseId', { enterpriseId: where.enterpriseId });
    if (where.afterId) query.andWhere('a.id > :afterId', { afterId: where.afterId });
    if (where.space)
      query.andWhere(`a.kind ${where.space === 'LAND' ? '=' : '<>'} :land`, { land: ApplicationKind.LAND });
    return query.getMany();
  }

  /** SUBMITTED → RECOMMENDED once park matching has found suitable parks (a system step, on the timeline). */
  async recommend(manager: EntityManager, actor: Actor, id: string, note: string): Promise<void> {
    const app = await manager.findOne(PlacementApplication, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (app?.status !== S.SUBMITTED) return;
    await this.steps.transition(manager, actor, app, S.RECOMMENDED, { note });
  }
}
