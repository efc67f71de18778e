import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, In, type EntityManager } from 'typeorm';
import { isStaff, type Actor } from '../../core/auth/actor.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import { updateVersioned } from '../../core/database/optimistic-update.js';
import { AppError, text } from '../../core/errors/app-error.js';
import { fieldFault } from '../../core/errors/field-fault.js';
import { paginate, type Connection } from '../../core/graphql/pagination.js';
import { addWorkingDays } from '../../core/time/working-days.js';
import { Role } from '../../core/users/role.enum.js';
import { User } from '../../core/users/user.entity.js';
import { UsersService } from '../../core/users/users.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { RequestFilter, RequestInput } from './dto/request.input.js';
import { EnterpriseRequest } from './enterprise-request.entity.js';
import { RequestMessage } from './request-message.entity.js';
import { nextStatus, reopens, statusFault, type RequestEvent } from './request-status.js';
import { RequestStatus } from './request.enums.js';

export const REQUEST_LABEL = text('诉求', 'Request');
const NO_ID = '00000000-0000-0000-0000-000000000000';

/**
 * Enterprises' requests (企业诉求): an enterprise files and follows up its own; staff answer, keep
 * internal notes, resolve and close. An enterprise sees only its own requests and never a note.
 */
@Injectable()
export class RequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly users: UsersService,
    private readonly notifications: NotificationsService,
  ) {}

  private visible(actor: Actor, request: Pick<EnterpriseRequest, 'enterpriseId'>): boolean {
    return isStaff(actor) || (actor.role === Role.ENTERPRISE && actor.enterpriseId === request.enterpriseId);
  }

  async get(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager): Promise<EnterpriseRequest> {
    const request = await manager.findOne(EnterpriseRequest, { where: { id } });
    if (!request || !this.visible(actor, request)) throw AppError.notFound(REQUEST_LABEL);
    return request;
  }

  /** Staff: the queue (filterable, overdue first if asked); an enterprise: its own. Newest first. */
  list(
    actor: Actor,
    filter: RequestFilter = {},
    first: number,
    after?: string,
  ): Promise<Connection<EnterpriseRequest>> {
    const query = this.dataSource.getRepository(EnterpriseRequest).createQueryBuilder('r');
    if (!isStaff(actor)) query.andWhere('r.enterpriseId = :own', { own: actor.enterpriseId ?? NO_ID });
    else if (filter.ownerId) query.andWhere('r.ownerId = :ownerId', { ownerId: filter.ownerId });
    if (filter.status) query.andWhere('r.status = :status', { status: filter.status });
    if (filter.overdue)
      query.andWhere(`r.status = :awaiting AND r.responseDueAt < now()`, { awaiting: RequestStatus.OPEN });
    return paginate(query, { first, after, sortColumn: 'createdAt', direction: 'DESC' });
  }

  /** Requests not yet resolved, and those awaiting an answer past their deadline (the dashboard's counts). */
  async openCounts(includeSample = false): Promise<{ open: number; overdue: number }> {
    const query = this.dataSource
      .getRepository(EnterpriseRequest)
      .createQueryBuilder('r')
      .select('count(*) FILTER (WHERE r.status IN (:...open))::int', 'open')
      .addSelect('count(*) FILTER (WHERE r.status = :awaiting AND r.responseDueAt < now())::int', 'overdue')
      .setParameters({ open: [RequestStatus.OPEN, RequestStatus.ANSWERED], awaiting: RequestStatus.OPEN });
    if (!includeSample) query.where('NOT r.sample');
    const [row] = await query.getRawMany();
    return { open: Number(row?.open ?? 0), overdue: Number(row?.overdue ?? 0) };
  }

  /** The messages an actor may read, oldest first: an enterprise never gets an internal note. */
  async messages(actor: Actor, requestIds: readonly string[]): Promise<RequestMessage[][]> {
    const rows = await this.dataSource.manager.find(RequestMessage, {
      where: { requestId: In([...requestIds]), ...(isStaff(actor) ? {} : { internal: false }) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return requestIds.map((id) => rows.filter((row) => row.requestId === id));
  }

  /** An enterprise files a request; it is due in REQUEST_RESPONSE_WORKING_DAYS, and staff are told. */
  file(actor: Actor, input: RequestInput): Promise<EnterpriseRequest> {
    if (actor.role !== Role.ENTERPRISE || !actor.enterpriseId) {
      throw AppError.badInput(text('该账号未关联企业，无法提交诉求', 'This account acts for no enterprise'));
    }
    const enterpriseId = actor.enterpriseId;
    return this.dataSource.transaction(async (manager) => {
      const request = manager.create(EnterpriseRequest, {
        enterpriseId,
        kind: input.kind,
        subject: input.subject.trim(),
        body: input.body.trim(),
        status: RequestStatus.OPEN,
        responseDueAt: this.dueFromNow(),
      });
      await manager.insert(EnterpriseRequest, request);
      await this.audit.record(manager, actor, {
        action: 'request.file',
        entity: 'EnterpriseRequest',
        entityId: request.id,
        after: request,
      });
      await this.notifications.enqueueToEach(manager, await this.users.staffIds(manager), {
        kind: 'REQUEST_FILED',
        dedupeKey: `request-filed:${request.id}`,
        title: `新的企业诉求：${request.subject}`,
        titleEn: `New enterprise request: ${request.subject}`,
        body: `请在 ${request.responseDueAt.toISOString().slice(0, 10)} 前答复`,
        bodyEn: `Answer by ${request.responseDueAt.toISOString().slice(0, 10)}`,
        data: { requestId: request.id },
      });
      return request;
    });
  }

  /**
   * A message: the enterprise's follow-up (reopens an answered or resolved request), the bureau's
   * answer (the enterprise is told) or, with `internal`, a note only staff read.
   */
  addMessage(actor: Actor, id: string, body: string, internal: boolean): Promise<RequestMessage> {
    if (!body.trim()) throw AppError.faults([fieldFault('body', '不能为空', 'should not be empty')]);
    if (internal && !isStaff(actor)) throw AppError.forbidden();
    const event: RequestEvent = !isStaff(actor) ? 'ENTERPRISE_MESSAGE' : internal ? 'STAFF_NOTE' : 'STAFF_REPLY';
    return this.dataSource.transaction(async (manager) => {
      const request = await this.locked(manager, actor, id);
      const status = this.next(request, event);
      const message = manager.create(RequestMessage, {
        requestId: id,
        authorId: actor.userId,
        authorRole: actor.role,
        body: body.trim(),
        internal,
      });
      await manager.insert(RequestMessage, message);
      const patch: Partial<EnterpriseRequest> = { status };
      if (event === 'STAFF_REPLY' && !request.firstAnsweredAt) patch.firstAnsweredAt = new Date();
      if (event === 'STAFF_REPLY' && !request.ownerId) patch.ownerId = actor.userId;
      // a follow-up after an answer, or a reopening once resolved, is owed an answer of its own
      if (reopens(request.status, status)) Object.assign(patch, { responseDueAt: this.dueFromNow(), resolvedAt: null });
      await updateVersioned(manager, EnterpriseRequest, id, request.version, patch, REQUEST_LABEL);
      await this.audit.record(manager, actor, {
        action: `request.${event.toLowerCase()}`,
        entity: 'EnterpriseRequest',
        entityId: id,
        after: { status, internal },
      });
      if (event === 'STAFF_REPLY')
        await this.tellEnterprise(manager, request, message.id, '诉求已答复', 'Your request was answered');
      return message;
    });
  }

  /** Staff take a request or hand it to a colleague. */
  assign(actor: Actor, id: string, version: number, ownerId: string): Promise<EnterpriseRequest> {
    return this.dataSource.transaction(async (manager) => {
      // `ownerId` is a String in the schema: text that is no uuid names the field instead of reaching PostgreSQL
      const owner = isUUID(ownerId)
        ? await manager.findOne(User, { where: { id: ownerId }, select: { id: true, role: true } })
        : null;
      if (owner?.role !== Role.BUREAU_STAFF && owner?.role !== Role.ADMIN) {
        throw AppError.faults([fieldFault('ownerId', '必须是招商局工作人员', 'must be a staff member')]);
      }
      return this.change(manager, actor, id, version, 'request.assign', { ownerId });
    });
  }

  resolve(actor: Actor, id: string, version: number): Promise<EnterpriseRequest> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.locked(manager, actor, id);
      const status = this.next(request, 'RESOLVE');
      const saved = await this.change(manager, actor, id, version, 'request.resolve', {
        status,
        resolvedAt: new Date(),
      });
      await this.tellEnterprise(
        manager,
        request,
        'resolved',
        '诉求已办结，请评价',
        'Your request was resolved; please rate it',
      );
      return saved;
    });
  }

  /** The enterprise's satisfaction mark (1–5) closes a resolved request. */
  rate(
    actor: Actor,
    id: string,
    version: number,
    satisfaction: number,
    note?: string | null,
  ): Promise<EnterpriseRequest> {
    if (actor.role !== Role.ENTERPRISE) throw AppError.forbidden();
    if (!Number.isInteger(satisfaction) || satisfaction < 1 || satisfaction > 5) {
      throw AppError.faults([fieldFault('satisfaction', '须为 1 到 5 的整数', 'must be a whole number from 1 to 5')]);
    }
    return this.dataSource.transaction(async (manager) => {
      const request = await this.locked(manager, actor, id);
      const status = this.next(request, 'RATE');
      return this.change(manager, actor, id, version, 'request.rate', {
        status,
        satisfaction,
        satisfactionNote: note?.trim() || null,
      });
    });
  }

  /** Staff take a resolved or closed request up again: open, with a new response deadline and no mark. */
  reopen(actor: Actor, id: string, version: number): Promise<EnterpriseRequest> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.locked(manager, actor, id);
      return this.change(manager, actor, id, version, 'request.reopen', {
        status: this.next(request, 'REOPEN'),
        responseDueAt: this.dueFromNow(),
        resolvedAt: null,
        satisfaction: null,
        satisfactionNote: null,
      });
    });
  }

  close(actor: Actor, id: string, version: number): Promise<EnterpriseRequest> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.locked(manager, actor, id);
      return this.change(manager, actor, id, version, 'request.close', { status: this.next(request, 'CLOSE') });
    });
  }

  private dueFromNow(): Date {
    return addWorkingDays(new Date(), this.config.REQUEST_RESPONSE_WORKING_DAYS);
  }

  private async locked(manager: EntityManager, actor: Actor, id: string): Promise<EnterpriseRequest> {
    const request = await manager.findOne(EnterpriseRequest, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!request || !this.visible(actor, request)) throw AppError.notFound(REQUEST_LABEL);
    return request;
  }

  private next(request: EnterpriseRequest, event: RequestEvent): RequestStatus {
    const status = nextStatus(request.status, event);
    if (!status) throw AppError.faults([statusFault(request.status)]);
    return status;
  }

  private async change(
    manager: EntityManager,
    actor: Actor,
    id: string,
    version: number,
    action: string,
    patch: Partial<EnterpriseRequest>,
  ): Promise<EnterpriseRequest> {
    const before = await this.get(actor, id, manager);
    await updateVersioned(manager, EnterpriseRequest, id, version, patch, REQUEST_LABEL);
    const after = await manager.findOneOrFail(EnterpriseRequest, { where: { id } });
    await this.audit.record(manager, actor, { action, entity: 'EnterpriseRequest', entityId: id, before, after });
    return after;
  }

  private async tellEnterprise(
    manager: EntityManager,
    request: EnterpriseRequest,
    key: string,
    title: string,
    titleEn: string,
  ): Promise<void> {
    for (const userId of await this.users.usersOfEnterprise(manager, request.enterpriseId)) {
      await this.notifications.enqueue(manager, {
        userId,
        kind: 'REQUEST_UPDATED',
        dedupeKey: `request:${request.id}:${key}`,
        title: `${title}：${request.subject}`,
        titleEn: `${titleEn}: ${request.subject}`,
        body: '',
        bodyEn: '',
        data: { requestId: request.id },
      });
    }
  }
}
