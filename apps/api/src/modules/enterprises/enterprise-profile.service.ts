import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { assertVersion, updateVersioned } from '../../core/database/optimistic-update.js';
import { AppError, text } from '../../core/errors/app-error.js';
import { fieldFault, type FieldFault } from '../../core/errors/field-fault.js';
import { OutboxService } from '../../core/queue/outbox.service.js';
import { ParksService } from '../parks/parks.service.js';
import type { EnterpriseProfileInput } from './dto/enterprise-profile.input.js';
import { ENTERPRISE_FACTS_CHANGED } from './enterprise-facts-changed.job.js';
import { EnterpriseProfileChange, type FactValue } from './enterprise-profile-change.entity.js';
import {
  checkProfile,
  diffProfile,
  isStoredFact,
  PROFILE_FIELDS,
  todayInChina,
  type FieldChange,
  type ProfileContext,
  type ProfileField,
  type ProfileValues,
} from './enterprise-profile.js';
import { Enterprise, type FactMetaEntry } from './enterprise.entity.js';
import { FactSource, ProfileChangeKind } from './enterprise.enums.js';
import { ENTERPRISE_LABEL, EnterprisesService } from './enterprises.service.js';
import { ProfileChangeHooks } from './profile-change-hooks.js';

const PROFILE_LABEL = text('企业档案', 'Enterprise profile');
/** A history row has 9 parameters: 2,000 rows stay well under PostgreSQL's 65,535 per statement. */
const HISTORY_ROWS_PER_INSERT = 2000;

export interface NewEnterprise extends ProfileValues {
  uscc: string;
  name: string;
}

/**
 * Changes to the one-file profile (一企一档), whichever door they come in by (the form, staff
 * verification, the spreadsheet import, the seed): each value with its source and date, one
 * history row per field and an audit row, in one transaction.
 */
@Injectable()
export class EnterpriseProfileService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly enterprises: EnterprisesService,
    private readonly parks: ParksService,
    private readonly outbox: OutboxService,
    private readonly hooks: ProfileChangeHooks,
  ) {}

  /**
   * Changes the profile: by the enterprise itself or staff. With `version`, a stale one is a
   * CONFLICT; without, the change applies to the current version (read under a row lock). Every
   * fault is reported at once and nothing is saved; unchanged values write nothing.
   */
  updateProfile(actor: Actor, id: string, input: EnterpriseProfileInput, version: number | null): Promise<Enterprise> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockForChange(manager, actor, id);
      assertVersion(version, current.version, PROFILE_LABEL);
      const patch = cleanPatch(input as ProfileValues);
      const faults = checkProfile(current as unknown as ProfileValues, patch, await this.profileContext(manager));
      if (faults.length) throw AppError.faults(faults);
      const changes = diffProfile(current as unknown as ProfileValues, patch);
      if (!changes.length) return current;
      return this.applyAndRematch(
        manager,
        actor,
        current,
        changes,
        FactSource.SELF_DECLARED,
        'enterprise.updateProfile',
      );
    });
  }

  /** Staff confirm facts against documents: each becomes VERIFIED (until its value changes). */
  verifyFacts(actor: Actor, id: string, facts: string[], version: number): Promise<Enterprise> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockForChange(manager, actor, id);
      if (version !== current.version) throw AppError.conflict(PROFILE_LABEL);
      const faults: FieldFault[] = [];
      for (const fact of new Set(facts)) {
        if (!isStoredFact(fact)) {
          faults.push(fieldFault(fact, `未知的指标“${fact}”`, `unknown indicator "${fact}"`));
        } else if ((current as unknown as ProfileValues)[fact] === null) {
          faults.push(fieldFault(fact, '尚未填写，无法核实', 'has no value to verify'));
        }
      }
      if (faults.length) throw AppError.faults(faults);
      const now = new Date().toISOString();
      const meta = { ...current.factMeta };
      const verified = [...new Set(facts)].filter((fact) => meta[fact]?.source !== FactSource.VERIFIED);
      if (!verified.length) return current;
      for (const fact of verified) {
        meta[fact] = {
          source: FactSource.VERIFIED,
          updatedAt: meta[fact]?.updatedAt ?? now,
          updatedBy: meta[fact]?.updatedBy ?? null,
          verifiedBy: actor.userId,
          verifiedAt: now,
        };
      }
      await updateVersioned(manager, Enterprise, id, current.version, { factMeta: meta }, PROFILE_LABEL);
      const values = current as unknown as ProfileValues;
      await manager.insert(
        EnterpriseProfileChange,
        verified.map((fact) => ({
          enterpriseId: id,
          actorId: actor.userId,
          actorRole: actor.role,
          kind: ProfileChangeKind.VERIFY,
          fact,
          before: values[fact as ProfileField] as FactValue,
          after: values[fact as ProfileField] as FactValue,
          source: FactSource.VERIFIED,
        })),
      );
      await this.audit.record(manager, actor, {
        action: 'enterprise.verifyFacts',
        entity: 'Enterprise',
        entityId: id,
        before: { version: current.version, factMeta: pick(current.factMeta, verified) },
        after: { version: current.version + 1, factMeta: pick(meta, verified) },
      });
      return manager.findOneOrFail(Enterprise, { where: { id } });
    });
  }

  /**
   * Writes changes computed by diffProfile: the values, each fact's source and date, one history
   * row per field and one audit row, all in the caller's transaction.
   */
  async applyChanges(
    manager: EntityManager,
    actor: Actor,
    current: Enterprise,
    changes: FieldChange[],
    source: FactSource,
    action: string,
  ): Promise<Enterprise> {
    const meta = withMeta(current.factMeta, changes, source, actor);
    const patch: Record<string, unknown> = Object.fromEntries(changes.map((c) => [c.field, c.after]));
    await updateVersioned(
      manager,
      Enterprise,
      current.id,
      current.version,
      { ...patch, factMeta: meta } as Partial<Enterprise>,
      PROFILE_LABEL,
    );
    await this.writeHistory(
      manager,
      actor,
      changes.map((change) => ({ enterpriseId: current.id, change })),
      source,
    );
    await this.audit.record(manager, actor, {
      action,
      entity: 'Enterprise',
      entityId: current.id,
      before: { version: current.version, ...Object.fromEntries(changes.map((c) => [c.field, c.before])) },
      after: { version: current.version + 1, ...patch },
    });
    await this.hooks.run(
      manager,
      current.id,
      changes.map((c) => c.field),
    );
    return manager.findOneOrFail(Enterprise, { where: { id: current.id } });
  }

  /** applyChanges for one enterprise, then its policies re-matched (the import batches its own job). */
  private async applyAndRematch(...args: Parameters<EnterpriseProfileService['applyChanges']>): Promise<Enterprise> {
    const saved = await this.applyChanges(...args);
    await this.outbox.enqueue(args[0], ENTERPRISE_FACTS_CHANGED, { enterpriseIds: [saved.id] });
    return saved;
  }

  /**
   * Records where the enterprise now is (`parkCode`, `inZone: true`) when staff confirm its move
   * into a park, in the caller's transaction; unchanged facts write nothing.
   */
  async recordPlacement(manager: EntityManager, actor: Actor, enterpriseId: string, parkCode: string): Promise<void> {
    const current = await manager.findOne(Enterprise, {
      where: { id: enterpriseId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!current) throw AppError.notFound(ENTERPRISE_LABEL);
    const changes = diffProfile(current as unknown as ProfileValues, { parkCode, inZone: true });
    if (!changes.length) return;
    // Park and zone are facts policies read: the move re-matches the enterprise's policies.
    await this.applyAndRematch(manager, actor, current, changes, FactSource.VERIFIED, 'enterprise.recordPlacement');
  }

  /** Inserts an enterprise with its values (import, seed): history rows from "not entered". */
  async createWithValues(
    manager: EntityManager,
    actor: Actor,
    values: NewEnterprise,
    source: FactSource,
    action: string,
    extra: Partial<Pick<Enterprise, 'sample'>> = {},
  ): Promise<Enterprise> {
    const [enterprise] = await this.createManyWithValues(manager, actor, [values], source, action, extra);
    return enterprise;
  }

  /**
   * Inserts enterprises with their values in three multi-row statements (enterprises, history,
   * audit): the demo set and other bulk loads. The caller checks the values and the codes first.
   */
  async createManyWithValues(
    manager: EntityManager,
    actor: Actor,
    values: readonly NewEnterprise[],
    source: FactSource,
    action: string,
    extra: Partial<Pick<Enterprise, 'sample'>> = {},
  ): Promise<Enterprise[]> {
    if (!values.length) return [];
    const rows = values.map((value) => {
      const changes = diffProfile({}, value);
      const fields = Object.fromEntries(changes.map((c) => [c.field, c.after]));
      const enterprise = manager.create(Enterprise, {
        ...fields,
        uscc: value.uscc,
        factMeta: withMeta({}, changes, source, actor),
        ...extra,
      } as Partial<Enterprise>);
      return { enterprise, changes };
    });
    const enterprises = rows.map((row) => row.enterprise);
    await manager.insert(Enterprise, enterprises);
    await this.writeHistory(
      manager,
      actor,
      rows.flatMap(({ enterprise, changes }) => changes.map((change) => ({ enterpriseId: enterprise.id, change }))),
      source,
    );
    await this.audit.recordMany(
      manager,
      actor,
      enterprises.map((enterprise) => ({ action, entity: 'Enterprise', entityId: enterprise.id, after: enterprise })),
    );
    return enterprises;
  }

  /** Park codes and today's date: what the profile rules need beyond the values. */
  async profileContext(manager: EntityManager): Promise<ProfileContext> {
    return { parkCodes: await this.parks.codes(manager), today: todayInChina() };
  }

  private async lockForChange(manager: EntityManager, actor: Actor, id: string): Promise<Enterprise> {
    if (!this.enterprises.canAccess(actor, id)) throw AppError.notFound(ENTERPRISE_LABEL);
    const current = await manager.findOne(Enterprise, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!current) throw AppError.notFound(ENTERPRISE_LABEL);
    return current;
  }

  /** One history row per changed field, inserted in slices (a statement takes at most 65,535 parameters). */
  async writeHistory(
    manager: EntityManager,
    actor: Actor,
    rows: { enterpriseId: string; change: FieldChange }[],
    source: FactSource,
  ) {
    for (let i = 0; i < rows.length; i += HISTORY_ROWS_PER_INSERT) {
      await this.insertHistory(manager, actor, rows.slice(i, i + HISTORY_ROWS_PER_INSERT), source);
    }
  }

  private async insertHistory(
    manager: EntityManager,
    actor: Actor,
    rows: { enterpriseId: string; change: FieldChange }[],
    source: FactSource,
  ) {
    await manager.insert(
      EnterpriseProfileChange,
      rows.map(({ enterpriseId, change: c }) => ({
        enterpriseId,
        actorId: actor.userId,
        actorRole: actor.role,
        kind: ProfileChangeKind.CHANGE,
        fact: c.field,
        before: c.before as FactValue,
        after: c.after as FactValue,
        source: isStoredFact(c.field) && c.after !== null ? source : null,
      })),
    );
  }
}

/** The given fields of an input (undefined = not given), strings trimmed, blank text = null. */
export function cleanPatch(input: ProfileValues): ProfileValues {
  const patch: ProfileValues = {};
  for (const field of PROFILE_FIELDS) {
    let value = input[field];
    if (value === undefined) continue;
    if (typeof value === 'string') value = value.trim() === '' ? null : value.trim();
    patch[field] = value;
  }
  return patch;
}

/** The facts' sources after `changes`: set for a new value, gone for a cleared one. */
export function withMeta(
  current: Record<string, FactMetaEntry>,
  changes: FieldChange[],
  source: FactSource,
  actor: Actor,
): Record<string, FactMetaEntry> {
  const meta = { ...current };
  const now = new Date().toISOString();
  for (const change of changes) {
    if (!isStoredFact(change.field)) continue;
    if (change.after === null) delete meta[change.field];
    else meta[change.field] = { source, updatedAt: now, updatedBy: actor.userId };
  }
  return meta;
}

function pick<T extends object>(object: T, keys: string[]): Partial<T> {
  return Object.fromEntries(keys.map((k) => [k, (object as Record<string, unknown>)[k]])) as Partial<T>;
}
