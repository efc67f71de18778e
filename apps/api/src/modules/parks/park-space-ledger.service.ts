import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { paginate, type Connection, type PageArgs } from '../../core/graphql/pagination.js';
import { ParkSpaceEntry, type ParkSpaceChangeKind } from './park-space-entry.entity.js';

/** One row of the ledger to write: the change, what is left, and its cause. */
export interface ParkSpaceChange {
  parkId: string;
  kind: ParkSpaceChangeKind;
  landMuDelta: number;
  floorSqmDelta: number;
  freeLandMuAfter: number;
  freeFloorSqmAfter: number;
  applicationId?: string | null;
  enterpriseId?: string | null;
  landPlotId?: string | null;
  reason?: string | null;
}

/** Space an enterprise holds in a park by the ledger, and since when. */
export interface ParkSpaceHeld {
  enterpriseId: string;
  landMu: number;
  floorSqm: number;
  since: Date | null;
}

/** The park space ledger: written only through ParksService, in the transaction of the change. */
@Injectable()
export class ParkSpaceLedger {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async write(manager: EntityManager, actor: Actor, change: ParkSpaceChange): Promise<void> {
    await manager.insert(ParkSpaceEntry, {
      ...change,
      applicationId: change.applicationId ?? null,
      enterpriseId: change.enterpriseId ?? null,
      landPlotId: change.landPlotId ?? null,
      reason: change.reason?.trim() || null,
      actorId: actor.userId,
      actorRole: actor.role,
    });
  }

  /** A park's history, newest first, from the (parkId, seq, id) index. */
  history(parkId: string, page: PageArgs): Promise<Connection<ParkSpaceEntry>> {
    const query = this.dataSource
      .getRepository(ParkSpaceEntry)
      .createQueryBuilder('e')
      .where('e.parkId = :parkId', { parkId });
    return paginate(query, { first: page.first, after: page.after, sortColumn: 'seq', direction: 'DESC' });
  }

  /**
   * Space each enterprise holds in the park (taken minus given back; never below 0) and when it
   * first took some, for the enterprises asked (one grouped query).
   */
  async held(parkId: string, enterpriseIds: readonly string[]): Promise<Map<string, ParkSpaceHeld>> {
    if (!enterpriseIds.length) return new Map();
    const rows: { enterpriseId: string; land: string; floor: string; since: Date | null }[] = await this.dataSource
      .getRepository(ParkSpaceEntry)
      .createQueryBuilder('e')
      .select('e.enterpriseId', 'enterpriseId')
      .addSelect('GREATEST(0, -SUM(e.landMuDelta))', 'land')
      .addSelect('GREATEST(0, -SUM(e.floorSqmDelta))', 'floor')
      .addSelect(`MIN(e.at) FILTER (WHERE e.kind IN ('APPROVAL', 'ALLOCATION'))`, 'since')
      .where('e.parkId = :parkId', { parkId })
      .andWhere({ enterpriseId: In([...enterpriseIds]) })
      .groupBy('e.enterpriseId')
      .getRawMany();
    return new Map(
      rows.map((row) => [
        row.enterpriseId,
        { enterpriseId: row.enterpriseId, landMu: Number(row.land), floorSqm: Number(row.floor), since: row.since },
      ]),
    );
  }
}
