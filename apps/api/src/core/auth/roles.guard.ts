import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppError } from '../errors/app-error.js';
import { localeFromHeader } from '../errors/locale.js';
import type { GraphqlContext } from '../graphql/graphql-context.js';
import type { Role } from '../users/role.enum.js';
import type { Actor } from './actor.js';
import { AuthService } from './auth.service.js';
import type { ActorRequest } from './current-actor.decorator.js';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator.js';

/** Global guard: @Public passes, @Roles must match, anything else is refused (GraphQL and HTTP routes). */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const actor = await this.actorOf(context);
    if (!actor) throw AppError.unauthenticated();
    if (!roles || actor.role === 'SYSTEM' || !roles.includes(actor.role)) throw AppError.forbidden();
    return true;
  }

  /** GraphQL: the context factory's actor. HTTP routes (file downloads): the Bearer token, kept on the request. */
  private async actorOf(context: ExecutionContext): Promise<Actor | null> {
    const type = context.getType<string>();
    if (type === 'graphql') return GqlExecutionContext.create(context).getContext<GraphqlContext>().actor;
    if (type !== 'http') throw AppError.forbidden();
    const request = context.switchToHttp().getRequest<ActorRequest>();
    request.actor = await this.auth.actorFromRequest(request, localeFromHeader(request.headers['accept-language']));
    return request.actor;
  }
}
