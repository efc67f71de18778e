import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { Role } from '../users/role.enum.js';
import { AuditEntryConnection } from './audit-log.type.js';
import { AuditService } from './audit.service.js';
import { AuditLogArgs } from './dto/audit-log.args.js';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Roles(Role.ADMIN)
  @Query(() => AuditEntryConnection, { description: 'Who changed what, newest first (admins).' })
  auditLog(@CurrentActor() actor: Actor, @Args() args: AuditLogArgs): Promise<AuditEntryConnection> {
    return this.audit.list(actor, args.filter ?? {}, args.first, args.after);
  }
}
