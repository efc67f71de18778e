import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { isStaff, type Actor } from '../../core/auth/actor.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { isPgError, PgErrorCode } from '../../core/database/pg-error.js';
import { updateVersioned } from '../../core/database/optimistic-update.js';
import { AppError, text } from '../../core/errors/app-error.js';
import { fieldFault, type FieldFault } from '../../core/errors/field-fault.js';
import { paginate, type Connection } from '../../core/graphql/pagination.js';
import { EnterprisesService } from '../enterprises/enterprises.service.js';
import { ParksService } from '../parks/parks.service.js';
import type { LandPlotFilter, LandPlotInput, MoveLandPlotInput, UpdateLandPlotInput } from './dto/land-plot.input.js';
import { dateFault, today } from './land-dates.js';
import {
  assertLandTransition,
  dateFieldOf,
  freeLandEffect,
  IDLE_STATUSES,
  landMoveFaults,
  plotEditable,
} from './land-plot-status.js';
import { LandPlotChange } from './land-plot-change.entity.js';
import { LandPlotStatus as S } from './land-plot.enums.js';
import { LandPlot } from './land-plot.entity.js';

export const LAND_PLOT_LABEL = text('地块', 'Land plot');

/**
 * Land plots and the disposal of idle land (腾笼换鸟). Staff only. A recovered plot's area becomes
 * the park's free land, and a reassigned plot's area is taken again, through the parks context in
 * the same transaction (its space ledger, audit and re-matching of open applications).
 */
@Injectable()
export class LandService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly parks: ParksService,
    private readonly enterprises: EnterprisesService,
  ) {}

  async get(actor: Actor, id: string): Promise<LandPlot> {
    staffOnly(actor);
    const plot = await this.dataSource.manager.findOne(LandPlot, { where: { id } });
    if (!plot) throw AppError.notFound(LAND_PLOT_LABEL);
    return plot;
  }

  /** Newest first, from the index of the filter's column and (createdAt, id). */
  list(actor: Actor, filter: LandPlotFilter = {}, first: number, after?: string): Promise<Connection<LandPlot>> {
    staffOnly(actor);
    const query = this.dataSource.getRepository(LandPlot).createQueryBuilder('l');
    if (filter.parkId) query.andWhere('l.parkId = :parkId', { parkId: filter.parkId });
    if (filter.status) query.andWhere('l.status = :status', { status: filter.status });
    if (filter.disposalRoute) query.andWhere('l.disposalRoute = :route', { route: filter.disposalRoute });
    if (filter.statuses?.length) query.andWhere('l.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.recovered != null) query.andWhere(`l.recoveredOn IS ${filter.recovered ? 'NOT ' : ''}NULL`);
    if (filter.sample != null) query.andWhere('l.sample = :sample', { sample: filter.sample });
    return paginate(query, { first, after, sortColumn: 'createdAt', direction: 'DESC' });
  }

  /** `sample`: a demo plot (the demo set records its plots so). */
  record(actor: Actor, input: LandPlotInput, { sample = false }: { sample?: boolean } = {}): Promise<LandPlot> {
    staffOnly(actor);
    return this.dataSource.transaction(async (manager) => {
      const idle = input.status === S.IDLE;
      const faults = [
        ...(input.status === S.IN_USE || idle
          ? []
          : [fieldFault('status', '新地块只能是“使用中”或“闲置”', 'of a new plot is IN_USE or IDLE')]),
        ...(await this.checkFields(manager, input)),
      ];
      const idleSince = idle ? (input.idleSince ?? today()) : null;
      const badDate = idleSince ? dateFault('idleSince', idleSince, null) : null;
      if (badDate) faults.push(badDate);
      if (faults.length) throw AppError.faults(faults);
      const plot = manager.create(LandPlot, {
        ...this.holderAndRest(input),
        code: input.code.trim(),
        parkId: input.parkId,
        areaMu: input.areaMu,
        status: input.status,
        idleSince,
        sample,
      });
      await this.insertUnique(manager, plot);
      await this.step(manager, actor, plot, null, idleSince ?? today(), input.note);
      await this.audit.record(manager, actor, {
        action: 'landPlot.record',
        entity: 'LandPlot',
        entityId: plot.id,
        after: plot,
      });
      return plot;
    });
  }

  update(actor: Actor, id: string, version: number, input: UpdateLandPlotInput): Promise<LandPlot> {
    staffOnly(actor);
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOne(LandPlot, { where: { id } });
      if (!before) throw AppError.notFound(LAND_PLOT_LABEL);
      const merged = { ...before, ...defined(input) };
      const faults = await this.checkFields(manager, merged);
      const fixed = (['areaMu', 'parkId'] as const).filter((f) => input[f] != null && input[f] !== before[f]);
      if (!plotEditable(before.status)) {
        for (const field of fixed) {
          faults.push(fieldFault(field, '地块已收回，不能再修改', 'cannot change once the plot is recovered'));
        }
      }
      if (faults.length) throw AppError.faults(faults);
      const patch: Partial<LandPlot> = {
        ...this.holderAndRest(merged),
        code: merged.code.trim(),
        parkId: merged.parkId,
        areaMu: merged.areaMu,
      };
      await updateVersioned(manager, LandPlot, id, version, patch, LAND_PLOT_LABEL).catch((e: unknown) =>
        this.codeTaken(e),
      );
      const saved = await manager.findOneOrFail(LandPlot, { where: { id } });
      if (fixed.length) await this.step(manager, actor, saved, saved.status, today(), input.note);
      await this.audit.record(manager, actor, {
        action: 'landPlot.update',
        entity: 'LandPlot',
        entityId: id,
        before,
        after: saved,
      });
      return saved;
    });
  }

  /**
   * The next step of a plot. Recovered: its area becomes the park's free land (a LAND_RECOVERED
   * ledger entry, and open land applications are re-matched against the park). Reassigned to an
   * enterprise: the area is taken again (LAND_REASSIGNED), or refused when the park has less free land.
   */
  move(actor: Actor, id: string, version: number, input: MoveLandPlotInput): Promise<LandPlot> {
    staffOnly(actor);
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOne(LandPlot, { where: { id } });
      if (!before) throw AppError.notFound(LAND_PLOT_LABEL);
      if (before.version !== version) throw AppError.conflict(LAND_PLOT_LABEL);
      const to = input.status;
      assertLandTransition(before.status, to);
      const route = input.disposalRoute ?? before.disposalRoute;
      const enterpriseId = input.enterpriseId ?? null;
      const on = input.on ?? today();
      const faults = landMoveFaults(to, { disposalRoute: route, enterpriseId });
      const badDate = dateFault('on', on, await this.lastStepOn(manager, id));
      if (badDate) faults.push(badDate);
      if (enterpriseId && !(await this.enterprises.findByIds([enterpriseId], manager)).length) {
        faults.push(fieldFault('enterpriseId', '没有该企业', 'names no enterprise'));
      }
      if (faults.length) throw AppError.faults(faults);
      const patch: Partial<LandPlot> = { status: to, disposalRoute: route, ...datesAfter(to, on) };
      if (to === S.REASSIGNED) Object.assign(patch, { holderEnterpriseId: enterpriseId, holderName: null });
      await updateVersioned(manager, LandPlot, id, version, patch, LAND_PLOT_LABEL);
      const saved = await manager.findOneOrFail(LandPlot, { where: { id } });
      await this.changeFreeLand(manager, actor, saved, input.note);
      await this.step(manager, actor, saved, before.status, on, input.note);
      await this.audit.record(manager, actor, {
        action: 'landPlot.move',
        entity: 'LandPlot',
        entityId: id,
        before,
        after: saved,
      });
      return saved;
    });
  }

  /** Which of these plot numbers are taken already (the demo set adds only what is missing). */
  async existingCodes(codes: readonly string[]): Promise<Set<string>> {
    const rows = await this.dataSource.manager.find(LandPlot, {
      select: { code: true },
      where: { code: In([...codes]) },
    });
    return new Set(rows.map((row) => row.code));
  }

  /** Each plot's steps, oldest first (for a page of plots: one query). */
  async history(plotIds: readonly string[]): Promise<LandPlotChange[][]> {
    const rows = await this.dataSource.manager.find(LandPlotChange, {
      where: { plotId: In([...plotIds]) },
      order: { effectiveOn: 'ASC', seq: 'ASC' },
    });
    return plotIds.map((id) => rows.filter((row) => row.plotId === id));
  }

  /** The idle area (亩) of each park now: plots idle or under recovery. */
  async idleByPark(parkIds: readonly string[]): Promise<number[]> {
    const rows: { parkId: string; idle: string }[] = await this.dataSource
      .getRepository(LandPlot)
      .createQueryBuilder('l')
      .select('l.parkId', 'parkId')
      .addSelect('SUM(l.areaMu)', 'idle')
      .where({ parkId: In([...parkIds]), status: In([...IDLE_STATUSES]) })
      .groupBy('l.parkId')
      .getRawMany();
    const idle = new Map(rows.map((row) => [row.parkId, Number(row.idle)]));
    return parkIds.map((id) => idle.get(id) ?? 0);
  }

  private async changeFreeLand(manager: EntityManager, actor: Actor, plot: LandPlot, note?: string | null) {
    const effect = freeLandEffect(plot.status);
    if (!effect) return;
    const space = { column: 'freeLandMu' as const, amount: plot.areaMu };
    const cause = { landPlotId: plot.id, enterpriseId: plot.holderEnterpriseId, note: note ?? `地块 ${plot.code}` };
    if (effect > 0) {
      await this.parks.releaseSpace(manager, actor, plot.parkId, space, { ...cause, kind: 'LAND_RECOVERED' });
      return;
    }
    const [park] = await this.parks.findByIds([plot.parkId], manager);
    await this.parks.reserveSpace(manager, actor, park, space, { ...cause, kind: 'LAND_REASSIGNED' });
  }

  private async step(
    manager: EntityManager,
    actor: Actor,
    plot: LandPlot,
    from: S | null,
    on: string,
    note?: string | null,
  ): Promise<void> {
    await manager.insert(LandPlotChange, {
      plotId: plot.id,
      parkId: plot.parkId,
      fromStatus: from,
      toStatus: plot.status,
      areaMu: plot.areaMu,
      disposalRoute: plot.disposalRoute,
      effectiveOn: on,
      actorId: actor.userId,
      note: note?.trim() || null,
    });
  }

  private async lastStepOn(manager: EntityManager, plotId: string): Promise<string | null> {
    const last = await manager.findOne(LandPlotChange, {
      where: { plotId },
      order: { effectiveOn: 'DESC', seq: 'DESC' },
    });
    return last?.effectiveOn ?? null;
  }

  /**
   * Park, holder and location: the park exists; the holder is an enterprise on the platform or a
   * name; a location has both coordinates or neither (their ranges the input checks).
   */
  private async checkFields(
    manager: EntityManager,
    fields: Pick<LandPlot, 'parkId'> & {
      holderEnterpriseId?: string | null;
      holderName?: string | null;
      lng?: number | null;
      lat?: number | null;
    },
  ): Promise<FieldFault[]> {
    const faults: FieldFault[] = locationFaults(fields);
    if (!(await this.parks.findByIds([fields.parkId], manager)).length) {
      faults.push(fieldFault('parkId', '没有该园区', 'names no park'));
    }
    if (fields.holderEnterpriseId) {
      if (!(await this.enterprises.findByIds([fields.holderEnterpriseId], manager)).length) {
        faults.push(fieldFault('holderEnterpriseId', '没有该企业', 'names no enterprise'));
      }
    } else if (!fields.holderName?.trim()) {
      faults.push(fieldFault('holderName', '请选择平台企业或填写使用权人名称', 'or holderEnterpriseId is required'));
    }
    return faults;
  }

  private holderAndRest(fields: UpdateLandPlotInput | LandPlot): Partial<LandPlot> {
    return {
      holderEnterpriseId: fields.holderEnterpriseId || null,
      holderName: fields.holderEnterpriseId ? null : fields.holderName?.trim() || null,
      disposalRoute: fields.disposalRoute ?? null,
      lng: fields.lng ?? null,
      lat: fields.lat ?? null,
      note: fields.note?.trim() || null,
    };
  }

  private async insertUnique(manager: EntityManager, plot: LandPlot): Promise<void> {
    await manager.insert(LandPlot, plot).catch((e: unknown) => this.codeTaken(e));
  }

  private codeTaken(error: unknown): never {
    if (isPgError(error, PgErrorCode.UNIQUE_VIOLATION, 'land_plots')) {
      throw AppError.faults([fieldFault('code', '该地块编号已存在', 'is already used by another plot')]);
    }
    throw error;
  }
}

/** A location is both coordinates or neither: the missing one is named. */
function locationFaults({ lng, lat }: { lng?: number | null; lat?: number | null }): FieldFault[] {
  if ((lng == null) === (lat == null)) return [];
  return [
    lng == null
      ? fieldFault('lng', '请同时填写经度和纬度', 'is required with lat')
      : fieldFault('lat', '请同时填写经度和纬度', 'is required with lng'),
  ];
}

function staffOnly(actor: Actor): void {
  if (!isStaff(actor)) throw AppError.forbidden();
}

/** The input's fields that were sent (null is "clear" only for the nullable ones; areaMu, parkId, code stay). */
function defined(input: UpdateLandPlotInput): Partial<LandPlot> {
  const entries = Object.entries(input).filter(
    ([key, value]) => value !== undefined && !(value === null && ['code', 'parkId', 'areaMu'].includes(key)),
  );
  return Object.fromEntries(entries) as Partial<LandPlot>;
}

/** The dates a step sets, and those it clears (a recovery abandoned, a plot back in use). */
function datesAfter(to: S, on: string): Partial<LandPlot> {
  const field = dateFieldOf(to);
  const dates: Partial<LandPlot> = field ? { [field]: on } : {};
  if (to === S.IN_USE) dates.idleSince = null;
  if (to === S.IDLE) Object.assign(dates, { recoveryStartedOn: null, recoveredOn: null, reassignedOn: null });
  return dates;
}
