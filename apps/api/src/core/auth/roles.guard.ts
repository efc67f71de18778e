import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppError } from '../errors/app-error.js';
import type { GraphqlContext } from '../graphql/graphql-context.js';
import type { Role } from '../users/role.enum.js';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator.js';

/** Global guard: @Public passes, @Roles must match, anything else is refused. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    if (context.getType<string>() !== 'graphql') throw AppError.forbidden();
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const { actor } = GqlExecutionContext.create(context).getContext<GraphqlContext>();
    if (!actor) throw AppError.unauthenticated();
    if (!roles || actor.role === 'SYSTEM' || !roles.includes(actor.role)) throw AppError.forbidden();
    return true;
  }
}
