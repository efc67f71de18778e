import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager } from 'typeorm';
import { Repository } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { paginate, type Connection } from '../graphql/pagination.js';
import { AuditLog } from './audit-log.entity.js';
import type { AuditLogFilter } from './dto/audit-log.args.js';

export interface AuditChange {
  action: string;
  entity: string;
  entityId: string;
  before?: object | null;
  after?: object | null;
}

/** Keys never copied into the audit trail. */
const SECRET_KEYS = new Set(['passwordHash', 'password']);

function snapshot(value: object | null | undefined): Record<string, any> | null {
  if (!value) return null;
  return JSON.parse(
    JSON.stringify(value, (key, inner: unknown) => (SECRET_KEYS.has(key) ? undefined : inner)),
  ) as Record<string, any>;
}

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditLog) private readonly logs: Repository<AuditLog>) {}

  /** Writes the audit row with the caller's transaction manager, so it commits with the change. */
  async record(manager: EntityManager, actor: Actor, change: AuditChange): Promise<void> {
    await this.recordMany(manager, actor, [change]);
  }

  /** Audit rows of a bulk change (one per record) in one multi-row insert, in the caller's transaction. */
  async recordMany(manager: EntityManager, actor: Actor, changes: readonly AuditChange[]): Promise<void> {
    if (!changes.length) return;
    await manager.insert(
      AuditLog,
      changes.map((change) => ({
        actorId: actor.userId,
        actorRole: actor.role,
        action: change.action,
        entity: change.entity,
        entityId: change.entityId,
        before: snapshot(change.before),
        after: snapshot(change.after),
      })),
    );
  }

  list(_actor: Actor, filter: AuditLogFilter, first: number, after?: string): Promise<Connection<AuditLog>> {
    const query = this.logs.createQueryBuilder('a');
    if (filter.entity) query.andWhere('a.entity = :entity', { entity: filter.entity });
    if (filter.entityId) query.andWhere('a.entityId = :entityId', { entityId: filter.entityId });
    if (filter.actorId) query.andWhere('a.actorId = :actorId', { actorId: filter.actorId });
    if (filter.action) query.andWhere('a.action = :action', { action: filter.action });
    if (filter.from) query.andWhere('a.at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('a.at < :to', { to: filter.to });
    return paginate(query, { first, after, sortColumn: 'at', direction: 'DESC' });
  }
}
