import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { containsPattern } from '../../core/database/escape-like.js';
import { isPgError, PgErrorCode } from '../../core/database/pg-error.js';
import { updateVersioned } from '../../core/database/optimistic-update.js';
import { AppError, text } from '../../core/errors/app-error.js';
import type { Connection, PageArgs } from '../../core/graphql/pagination.js';
import { OutboxService } from '../../core/queue/outbox.service.js';
import { Industry } from '../industries/industry.entity.js';
import { PARK_CHANGED, parkChangeScope } from './park-changed.job.js';
import type { ParkFilter } from './dto/park-filter.input.js';
import type { CreateParkInput, UpdateParkInput } from './dto/park.input.js';
import { ParkSpaceChangeKind, type ParkSpaceEntry } from './park-space-entry.entity.js';
import { ParkSpaceLedger, type ParkSpaceHeld } from './park-space-ledger.service.js';
import { notEnoughSpace, type ParkSpace, type ParkSpaceCause } from './park-space.js';
import { Park } from './park.entity.js';
import { ParkNames } from './park-names.js';

export const PARK_LABEL = text('园区', 'Park');

@Injectable()
export class ParksService {
  /** Space-change events already enqueued in a transaction (its manager), by park and column. */
  private readonly spaceEvents = new WeakMap<EntityManager, Set<string>>();
  private readonly names: ParkNames;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Park) private readonly parks: Repository<Park>,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly ledger: ParkSpaceLedger,
  ) {
    this.names = new ParkNames(dataSource);
  }

  /**
   * Parks by code with only PARK_NAME_FIELDS loaded, from the per-process cache (no statement while
   * it lives): for list rows that show a park's name. Null for an unknown code.
   */
  namesByCodes(codes: readonly string[]): Promise<(Park | null)[]> {
    return this.names.byCodes(codes);
  }

  /**
   * One park as `namesByCodes` gives it, without a promise when the cache holds it (a list's rows);
   * otherwise a promise.
   */
  nameByCode(code: string): Park | null | Promise<Park | null> {
    const park = this.names.byCodeNow(code);
    return park !== undefined ? park : this.names.byCodes([code]).then(([p]) => p);
  }

  /** As `nameByCode`, by id. */
  nameById(id: string): Park | null | Promise<Park | null> {
    const park = this.names.byIdNow(id);
    return park !== undefined ? park : this.names.byIds([id]).then(([p]) => p);
  }

  /** As `namesByCodes`, by id. */
  namesByIds(ids: readonly string[]): Promise<(Park | null)[]> {
    return this.names.byIds(ids);
  }

  list(_actor: Actor, filter: ParkFilter = {}): Promise<Park[]> {
    const query = this.parks.createQueryBuilder('p').where('p.active');
    if (filter.kind) query.andWhere('p.kind = :kind', { kind: filter.kind });
    if (filter.parentId) query.andWhere('p.parentId = :parentId', { parentId: filter.parentId });
    if (filter.industryCode) query.andWhere(':industry = ANY(p.targetIndustries)', { industry: filter.industryCode });
    if (filter.search?.trim()) {
      query.andWhere('(p.name ILIKE :search OR p.nameEn ILIKE :search OR p.code ILIKE :search)', {
        search: containsPattern(filter.search.trim()),
      });
    }
    return query.orderBy('p.sortOrder').addOrderBy('p.code').getMany();
  }

  async get(_actor: Actor, id: string): Promise<Park> {
    const park = await this.parks.findOne({ where: { id } });
    if (!park) throw AppError.notFound(PARK_LABEL);
    return park;
  }

  /** With a transaction's manager inside one (embedded PGlite has one connection). */
  findByIds(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Park[]> {
    return manager.find(Park, { where: { id: In([...ids]) } });
  }

  findByCodes(codes: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Park[]> {
    return manager.find(Park, { where: { code: In([...codes]) } });
  }

  async codes(manager: EntityManager): Promise<Set<string>> {
    const parks = await manager.find(Park, { select: { code: true } });
    return new Set(parks.map((p) => p.code));
  }

  /**
   * Takes space from a park in the caller's transaction: `UPDATE … SET "<column>" = "<column>" - $1
   * WHERE id = $2 AND "<column>" >= $1` touches exactly one row, or there is not enough space. The
   * row lock orders racing reservations, and the second sees the first one's result; the CHECK
   * constraint (free space ≥ 0) is the last line of defence. The space ledger records the change
   * with its cause (the application whose approval took it).
   */
  async reserveSpace(
    manager: EntityManager,
    actor: Actor,
    park: Park,
    space: ParkSpace,
    cause: ParkSpaceCause,
  ): Promise<void> {
    const { column, amount } = space;
    const rows = await manager
      .query(
        `UPDATE parks SET "${column}" = "${column}" - $1, version = version + 1, "updatedAt" = now()
          WHERE id = $2 AND "${column}" >= $1
          RETURNING "${column}" AS free, version, "freeLandMu" AS land, "freeFloorSqm" AS floor`,
        [amount, park.id],
      )
      .then(([updated]: [FreeSpaceRow[], number]) => updated)
      .catch((error: unknown) => {
        // The CHECK refused it: the transaction is aborted, so ask nothing more.
        if (isPgError(error, PgErrorCode.CHECK_VIOLATION)) throw notEnoughSpace(park, space, null);
        throw error;
      });
    if (rows.length !== 1) {
      const current = await manager.findOne(Park, { where: { id: park.id } });
      throw notEnoughSpace(park, space, current ? current[column] : null);
    }
    await this.audit.record(manager, actor, {
      action: 'park.reserveSpace',
      entity: 'Park',
      entityId: park.id,
      before: { [column]: Number(rows[0].free) + amount },
      after: { [column]: Number(rows[0].free), version: rows[0].version },
    });
    await this.ledger.write(manager, actor, {
      ...spaceDelta(column, -amount),
      ...freeAfter(rows[0]),
      parkId: park.id,
      ...causeOf(cause),
    });
    await this.spaceChanged(manager, park.id, column);
  }

  /**
   * Open applications of that measure are re-matched against the park: once per transaction and
   * park, however many approvals one allocation applies.
   */
  private async spaceChanged(manager: EntityManager, parkId: string, column: ParkSpace['column']): Promise<void> {
    const key = `${parkId}:${column}`;
    const sent = this.spaceEvents.get(manager) ?? new Set<string>();
    if (sent.has(key)) return;
    sent.add(key);
    this.spaceEvents.set(manager, sent);
    await this.outbox.enqueue(manager, PARK_CHANGED, {
      parkId,
      only: { space: column === 'freeLandMu' ? 'LAND' : 'FLOOR' },
    });
  }

  /**
   * Gives space back to a park (an approval withdrawn before moving in), in the caller's
   * transaction, as one relative UPDATE (never read-modify-write). Capped at the park's total: an
   * admin may have lowered it meanwhile, and free space never exceeds the total.
   */
  async releaseSpace(
    manager: EntityManager,
    actor: Actor,
    parkId: string,
    space: ParkSpace,
    cause: ParkSpaceCause,
  ): Promise<void> {
    const { column, amount } = space;
    if (!(amount > 0)) return;
    const total = column === 'freeLandMu' ? 'totalLandMu' : 'totalFloorSqm';
    // The row is locked first: the ledger records what really came back (capped at the total).
    const [locked]: { free: string }[] = await manager.query(
      `SELECT "${column}" AS free FROM parks WHERE id = $1 FOR UPDATE`,
      [parkId],
    );
    if (!locked) throw AppError.notFound(PARK_LABEL);
    const [rows]: [FreeSpaceRow[], number] = await manager.query(
      `UPDATE parks SET "${column}" = LEAST("${column}" + $1, "${total}"), version = version + 1, "updatedAt" = now()
        WHERE id = $2
        RETURNING "${column}" AS free, version, "freeLandMu" AS land, "freeFloorSqm" AS floor`,
      [amount, parkId],
    );
    if (rows.length !== 1) throw AppError.notFound(PARK_LABEL);
    await this.audit.record(manager, actor, {
      action: 'park.releaseSpace',
      entity: 'Park',
      entityId: parkId,
      before: { released: amount },
      after: { [column]: Number(rows[0].free), version: rows[0].version },
    });
    await this.ledger.write(manager, actor, {
      ...spaceDelta(column, difference(Number(rows[0].free), Number(locked.free))),
      ...freeAfter(rows[0]),
      parkId,
      ...causeOf(cause),
    });
    await this.spaceChanged(manager, parkId, column);
  }

  /** Every active park, in the caller's transaction. */
  findActive(manager: EntityManager = this.dataSource.manager): Promise<Park[]> {
    return manager.find(Park, { where: { active: true }, order: { sortOrder: 'ASC', code: 'ASC' } });
  }

  /** Every active park an enterprise may be placed in: not the offshore incubators (outside the district). */
  findPlacementTargets(manager: EntityManager = this.dataSource.manager): Promise<Park[]> {
    return manager.find(Park, {
      where: { active: true, outsideDistrict: false },
      order: { sortOrder: 'ASC', code: 'ASC' },
    });
  }

  findChildren(parentIds: readonly string[]): Promise<Park[]> {
    return this.parks.find({
      where: { parentId: In([...parentIds]), active: true },
      order: { sortOrder: 'ASC', code: 'ASC' },
    });
  }

  create(actor: Actor, input: CreateParkInput): Promise<Park> {
    return this.dataSource.transaction(async (manager) => {
      if (await manager.exists(Park, { where: { code: input.code } })) {
        throw AppError.field('code', text('该园区编码已存在', 'is already used by another park'));
      }
      const { parentCode, cooperationModels, ...fields } = input;
      const park = manager.create(Park, {
        ...fields,
        cooperationModels: [...new Set(cooperationModels ?? [])],
        parentId: await this.parentId(manager, parentCode),
      });
      await this.checkRules(manager, park);
      await manager.insert(Park, park);
      await this.audit.record(manager, actor, {
        action: 'park.create',
        entity: 'Park',
        entityId: park.id,
        after: park,
      });
      await this.ledger.write(manager, actor, {
        parkId: park.id,
        kind: ParkSpaceChangeKind.CREATED,
        landMuDelta: park.freeLandMu,
        floorSqmDelta: park.freeFloorSqm,
        freeLandMuAfter: park.freeLandMu,
        freeFloorSqmAfter: park.freeFloorSqm,
      });
      if (park.active) await this.outbox.enqueue(manager, PARK_CHANGED, { parkId: park.id });
      return park;
    });
  }

  update(actor: Actor, id: string, version: number, input: UpdateParkInput): Promise<Park> {
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOne(Park, { where: { id } });
      if (!before) throw AppError.notFound(PARK_LABEL);
      const { parentCode, freeSpaceReason, cooperationModels, ...fields } = input;
      const patch: Partial<Park> = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
      if (cooperationModels !== undefined) patch.cooperationModels = [...new Set(cooperationModels ?? [])];
      const reason = freeSpaceReason?.trim() || null;
      const spaceEdited = freeSpaceEdited(before, patch);
      if (spaceEdited && !reason) {
        throw AppError.field(
          'freeSpaceReason',
          text('修改空闲用地或空闲面积时必须填写调整原因', 'is required when free land or free floor space changes'),
        );
      }
      if (parentCode !== undefined) patch.parentId = await this.parentId(manager, parentCode, id);
      if (patch.code && patch.code !== before.code && (await manager.exists(Park, { where: { code: patch.code } }))) {
        throw AppError.field('code', text('该园区编码已存在', 'is already used by another park'));
      }
      const after = manager.create(Park, { ...before, ...patch });
      await this.checkRules(manager, after);
      await updateVersioned(manager, Park, id, version, patch, PARK_LABEL);
      const saved = await manager.findOneOrFail(Park, { where: { id } });
      await this.audit.record(manager, actor, {
        action: 'park.update',
        entity: 'Park',
        entityId: id,
        before,
        after: spaceEdited ? { ...saved, freeSpaceReason: reason } : saved,
      });
      if (spaceEdited) {
        await this.ledger.write(manager, actor, {
          parkId: id,
          kind: ParkSpaceChangeKind.HAND_EDIT,
          landMuDelta: difference(saved.freeLandMu, before.freeLandMu),
          floorSqmDelta: difference(saved.freeFloorSqm, before.freeFloorSqm),
          freeLandMuAfter: saved.freeLandMu,
          freeFloorSqmAfter: saved.freeFloorSqm,
          reason,
        });
      }
      const scope = parkChangeScope(before, saved);
      if (scope) await this.outbox.enqueue(manager, PARK_CHANGED, { parkId: id, ...scope });
      return saved;
    });
  }

  /** Every change of the park's free space, newest first (staff only: it names tenants). */
  async spaceHistory(actor: Actor, parkId: string, page: PageArgs): Promise<Connection<ParkSpaceEntry>> {
    await this.get(actor, parkId);
    return this.ledger.history(parkId, page);
  }

  /** Space the enterprises hold in the park by the ledger, and since when. */
  spaceHeld(parkId: string, enterpriseIds: readonly string[]): Promise<Map<string, ParkSpaceHeld>> {
    return this.ledger.held(parkId, enterpriseIds);
  }

  private async parentId(
    manager: EntityManager,
    code: string | null | undefined,
    selfId?: string,
  ): Promise<string | null> {
    if (!code) return null;
    const parent = await manager.findOne(Park, { where: { code } });
    if (!parent) throw AppError.field('parentCode', text(`没有编码为 ${code} 的园区`, `no park has the code ${code}`));
    if (parent.id === selfId)
      throw AppError.field('parentCode', text('园区不能隶属于自身', 'a park cannot belong to itself'));
    return parent.id;
  }

  /** Rules no single field validator can see: space within totals, enclave terms, known industries. */
  private async checkRules(manager: EntityManager, park: Park): Promise<void> {
    if (park.freeLandMu > park.totalLandMu) {
      throw AppError.field('freeLandMu', text('空闲用地不能超过总用地', 'cannot exceed totalLandMu'));
    }
    if (park.freeFloorSqm > park.totalFloorSqm) {
      throw AppError.field('freeFloorSqm', text('空闲面积不能超过总面积', 'cannot exceed totalFloorSqm'));
    }
    if (park.kind !== 'ENCLAVE_PARK') {
      const field = park.enclavePartner
        ? 'enclavePartner'
        : park.cooperationModels.length
          ? 'cooperationModels'
          : park.districtTaxSharePercent !== null && park.districtTaxSharePercent !== undefined
            ? 'districtTaxSharePercent'
            : null;
      if (field) throw AppError.field(field, text('仅飞地园区可填写', 'is for enclave parks only'));
    }
    if (park.enclavePartner !== null && park.enclavePartner !== undefined && !park.enclavePartner.trim()) {
      throw AppError.field('enclavePartner', text('不能为空白', 'cannot be blank'));
    }
    const codes = [...new Set([...park.targetIndustries, ...park.forbiddenIndustries])];
    if (!codes.length) return;
    const known = new Set(
      (await manager.find(Industry, { where: { code: In(codes) }, select: { code: true } })).map((i) => i.code),
    );
    const unknown = codes.filter((code) => !known.has(code));
    if (unknown.length) {
      const field = park.targetIndustries.some((c) => unknown.includes(c)) ? 'targetIndustries' : 'forbiddenIndustries';
      throw AppError.field(
        field,
        text(`未知的产业编码 ${unknown.join(', ')}`, `unknown industry code ${unknown.join(', ')}`),
      );
    }
  }
}

/** What a space UPDATE returns: the changed column, the version and both free figures. */
interface FreeSpaceRow {
  free: string;
  version: number;
  land: string;
  floor: string;
}

const freeAfter = (row: FreeSpaceRow) => ({ freeLandMuAfter: Number(row.land), freeFloorSqmAfter: Number(row.floor) });

const spaceDelta = (column: ParkSpace['column'], delta: number) => ({
  landMuDelta: column === 'freeLandMu' ? delta : 0,
  floorSqmDelta: column === 'freeFloorSqm' ? delta : 0,
});

/** The ledger's columns naming a change's cause. */
const causeOf = (cause: ParkSpaceCause) => ({
  kind: ParkSpaceChangeKind[cause.kind],
  applicationId: cause.applicationId,
  enterpriseId: cause.enterpriseId,
  landPlotId: cause.landPlotId,
  reason: cause.note,
});

/** a − b without binary noise (0.3 − 0.1 is not 0.19999999999999998 mu). */
const difference = (a: number, b: number) => Math.round((a - b) * 1e6) / 1e6;

/** Whether an update changes free land or free floor space (a hand edit, which needs a reason). */
function freeSpaceEdited(before: Park, patch: Partial<Park>): boolean {
  const changed = (key: 'freeLandMu' | 'freeFloorSqm') => patch[key] !== undefined && patch[key] !== before[key];
  return changed('freeLandMu') || changed('freeFloorSqm');
}
