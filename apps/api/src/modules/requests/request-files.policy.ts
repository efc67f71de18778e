import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { isStaff, type Actor } from '../../core/auth/actor.js';
import { AppError } from '../../core/errors/app-error.js';
import { Role } from '../../core/users/role.enum.js';
import { FILE_LABEL, FileOwnerRegistry } from '../files/file-owner-registry.js';
import { EnterpriseRequest } from './enterprise-request.entity.js';
import { RequestMessage } from './request-message.entity.js';
import { statusFault } from './request-status.js';
import { RequestStatus } from './request.enums.js';

export const REQUEST_FILES = 'request';
export const MESSAGE_FILES = 'request-message';

const mayRead = (actor: Actor, request: Pick<EnterpriseRequest, 'enterpriseId'>): boolean =>
  isStaff(actor) || (actor.role === Role.ENTERPRISE && actor.enterpriseId === request.enterpriseId);

/** Files may be added until the request is closed, and removed by their uploader while it is open or answered. */
const assertStatus = (request: EnterpriseRequest, removing: boolean): void => {
  const allowed = removing
    ? request.status === RequestStatus.OPEN || request.status === RequestStatus.ANSWERED
    : request.status !== RequestStatus.CLOSED;
  if (!allowed) throw AppError.faults([statusFault(request.status)]);
};

/**
 * Who may see, add and remove the files of a request and of its messages: the request's
 * enterprise and staff see the request's files; a message's files go with the message (an internal
 * note's never reach the enterprise); only the enterprise attaches to its request, only a message's
 * author to the message. Another enterprise's request is NOT_FOUND.
 */
@Injectable()
export class RequestFilesPolicy implements OnModuleInit {
  constructor(private readonly registry: FileOwnerRegistry) {}

  onModuleInit(): void {
    this.registry.register({
      kind: REQUEST_FILES,
      assertCanAttach: async (manager, actor, id) => {
        const request = await this.request(manager, actor, id);
        if (actor.role !== Role.ENTERPRISE) throw AppError.forbidden();
        assertStatus(request, false);
      },
      readable: async (manager, actor, ids) => {
        const rows = await manager.find(EnterpriseRequest, {
          where: { id: In([...ids]) },
          select: { id: true, enterpriseId: true },
        });
        return new Set(rows.filter((row) => mayRead(actor, row)).map((row) => row.id));
      },
      assertCanRemove: async (manager, actor, id) => assertStatus(await this.request(manager, actor, id), true),
    });
    this.registry.register({
      kind: MESSAGE_FILES,
      assertCanAttach: async (manager, actor, id) => {
        const { message, request } = await this.message(manager, actor, id);
        if (message.authorId !== actor.userId) throw AppError.forbidden();
        assertStatus(request, false);
      },
      readable: async (manager, actor, ids) => {
        const rows = await manager.find(RequestMessage, { where: { id: In([...ids]) }, relations: { request: true } });
        const visible = rows.filter(
          (row) => row.request && mayRead(actor, row.request) && (!row.internal || isStaff(actor)),
        );
        return new Set(visible.map((row) => row.id));
      },
      assertCanRemove: async (manager, actor, id) =>
        assertStatus((await this.message(manager, actor, id)).request, true),
    });
  }

  private async request(manager: EntityManager, actor: Actor, id: string): Promise<EnterpriseRequest> {
    const request = await manager.findOne(EnterpriseRequest, { where: { id } });
    if (!request || !mayRead(actor, request)) throw AppError.notFound(FILE_LABEL);
    return request;
  }

  private async message(
    manager: EntityManager,
    actor: Actor,
    id: string,
  ): Promise<{ message: RequestMessage; request: EnterpriseRequest }> {
    const message = await manager.findOne(RequestMessage, { where: { id }, relations: { request: true } });
    const request = message?.request;
    if (!message || !request || !mayRead(actor, request) || (message.internal && !isStaff(actor))) {
      throw AppError.notFound(FILE_LABEL);
    }
    return { message, request };
  }
}
