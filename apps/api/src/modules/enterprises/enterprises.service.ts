import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, QueryFailedError, Repository, type EntityManager } from 'typeorm';
import { isStaff, type Actor } from '../../core/auth/actor.js';
import type { AuthPayload } from '../../core/auth/auth-payload.type.js';
import { AuthService } from '../../core/auth/auth.service.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { updateVersioned } from '../../core/database/optimistic-update.js';
import { AppError, type FieldFault } from '../../core/errors/app-error.js';
import { DEFAULT_LOCALE } from '../../core/errors/locale.js';
import { paginate, type Connection } from '../../core/graphql/pagination.js';
import { Park } from '../parks/park.entity.js';
import { SeedService } from '../reference-data/seed.service.js';
import { Role } from '../../core/users/role.enum.js';
import { User } from '../../core/users/user.entity.js';
import { UsersService } from '../../core/users/users.service.js';
import type { EnterpriseProfileInput } from './dto/enterprise-profile.input.js';
import type { EnterpriseUserInput } from './dto/enterprise-user.input.js';
import type { EnterpriseFilter } from './dto/enterprises.args.js';
import type { RegisterEnterpriseInput } from './dto/register-enterprise.input.js';
import { EnterpriseProfileChange, type FactValue } from './enterprise-profile-change.entity.js';
import {
  checkProfile,
  describeFaults,
  diffProfile,
  isStoredFact,
  PROFILE_FIELDS,
  todayInChina,
  type FieldChange,
  type ProfileContext,
  type ProfileField,
  type ProfileValues,
} from './enterprise-profile.js';
import { seedDemoEnterprise } from './enterprise-seed.js';
import { Enterprise, type FactMetaEntry } from './enterprise.entity.js';
import { FactSource, ProfileChangeKind } from './enterprise.enums.js';
import { validateUscc } from './uscc.js';

const LABEL = { zh: '企业档案', en: 'Enterprise profile' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Refusal of a USCC that is taken: the same words whoever holds it, and whether or not it has an account. */
const USCC_TAKEN = () =>
  AppError.field(
    'uscc',
    '该统一社会信用代码已登记。如确属贵单位，请联系高新区招商局开通账号',
    'is already registered. If it is yours, ask the investment promotion bureau for an account',
  );

/**
 * Called in the transaction of every profile change with the enterprise and the facts that
 * changed. The matching context (a later issue) registers one that enqueues its re-match job;
 * until a processor exists, nothing is enqueued.
 */
export type ProfileChangeListener = (manager: EntityManager, enterpriseId: string, facts: string[]) => Promise<void>;

export interface NewEnterprise extends ProfileValues {
  uscc: string;
  name: string;
}

@Injectable()
export class EnterprisesService implements OnModuleInit {
  private readonly listeners: ProfileChangeListener[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Enterprise) private readonly enterprises: Repository<Enterprise>,
    @InjectRepository(EnterpriseProfileChange) private readonly changes: Repository<EnterpriseProfileChange>,
    private readonly audit: AuditService,
    private readonly users: UsersService,
    private readonly auth: AuthService,
    private readonly seed: SeedService,
  ) {}

  onModuleInit(): void {
    this.seed.addStep((manager, config) => seedDemoEnterprise(manager, config, this));
  }

  onProfileChanged(listener: ProfileChangeListener): void {
    this.listeners.push(listener);
  }

  /** Whether the actor may see (and, for its own user, edit) this enterprise. */
  canAccess(actor: Actor | null, enterpriseId: string): boolean {
    if (!actor) return false;
    return isStaff(actor) || (actor.role === Role.ENTERPRISE && actor.enterpriseId === enterpriseId);
  }

  // ── Registration ────────────────────────────────────────────────────────────────────────

  /**
   * A new enterprise and its first user (role ENTERPRISE, whatever was asked) in one
   * transaction, with their audit rows; answers with a token like `login`.
   */
  async register(actor: Actor | null, input: RegisterEnterpriseInput): Promise<AuthPayload> {
    const check = validateUscc(input.uscc);
    if (!check.valid) {
      throw AppError.field(
        'uscc',
        `统一社会信用代码无效：${check.reason.zh}`,
        `is not a valid USCC: ${check.reason.en}`,
      );
    }
    const uscc = check.code;
    const locale = actor?.locale ?? DEFAULT_LOCALE;
    try {
      const user = await this.dataSource.transaction(async (manager) => {
        if (await manager.exists(Enterprise, { where: { uscc } })) throw USCC_TAKEN();
        const enterprise = manager.create(Enterprise, {
          uscc,
          name: input.name.trim(),
          contactName: input.contactName?.trim() || null,
          contactEmail: input.email.trim().toLowerCase(),
          factMeta: {},
        });
        await manager.insert(Enterprise, enterprise);
        // Nobody is signed in yet: the registrant acts as an anonymous enterprise user.
        const registrant: Actor = { userId: null, role: Role.ENTERPRISE, enterpriseId: enterprise.id, locale };
        const created = await this.users.insert(manager, registrant, {
          email: input.email,
          password: input.password,
          name: input.contactName?.trim() || input.name.trim(),
          role: Role.ENTERPRISE,
          enterpriseId: enterprise.id,
        });
        await this.audit.record(
          manager,
          { ...registrant, userId: created.id },
          {
            action: 'enterprise.register',
            entity: 'Enterprise',
            entityId: enterprise.id,
            after: enterprise,
          },
        );
        return created;
      });
      return { accessToken: await this.auth.issueToken(user), user };
    } catch (error) {
      // Two registrations of one code at once: the unique index decides, with the same answer.
      if (isUniqueViolation(error, 'enterprises')) throw USCC_TAKEN();
      if (isUniqueViolation(error, 'users')) throw AppError.field('email', '该邮箱已注册', 'is already registered');
      throw error;
    }
  }

  /** Staff open an account for an existing enterprise (one imported, or a second user). */
  createUser(actor: Actor, enterpriseId: string, input: EnterpriseUserInput): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      if (!UUID.test(enterpriseId) || !(await manager.exists(Enterprise, { where: { id: enterpriseId } }))) {
        throw AppError.notFound('企业', 'Enterprise');
      }
      return this.users.insert(manager, actor, { ...input, role: Role.ENTERPRISE, enterpriseId });
    });
  }

  // ── Reading ─────────────────────────────────────────────────────────────────────────────

  /** Staff see any enterprise, an enterprise user only its own; anything else is NOT_FOUND. */
  async get(actor: Actor, id: string): Promise<Enterprise> {
    if (!UUID.test(id) || !this.canAccess(actor, id)) throw AppError.notFound('企业', 'Enterprise');
    const enterprise = await this.enterprises.findOne({ where: { id } });
    if (!enterprise) throw AppError.notFound('企业', 'Enterprise');
    return enterprise;
  }

  /** The signed-in enterprise user's enterprise, or null when the account has none. */
  async mine(actor: Actor): Promise<Enterprise | null> {
    if (!actor.enterpriseId) return null;
    return this.enterprises.findOne({ where: { id: actor.enterpriseId } });
  }

  list(_actor: Actor, filter: EnterpriseFilter = {}, first: number, after?: string): Promise<Connection<Enterprise>> {
    const query = this.enterprises.createQueryBuilder('e');
    const search = filter.search?.trim();
    if (search) {
      // ILIKE '%…%' on the name is served by the trigram index (pg_trgm works on Chinese text).
      const like = `%${escapeLike(search)}%`;
      if (/^[0-9A-Za-z]{4,18}$/.test(search)) {
        query.andWhere('(e.name ILIKE :like OR e.uscc LIKE :prefix)', { like, prefix: `${search.toUpperCase()}%` });
      } else {
        query.andWhere('e.name ILIKE :like', { like });
      }
    }
    if (filter.industryCode) query.andWhere('e.industry = :industry', { industry: filter.industryCode });
    if (filter.chainSegment) query.andWhere('e.chainSegment = :segment', { segment: filter.chainSegment });
    if (filter.tier) query.andWhere('e.tier = :tier', { tier: filter.tier });
    if (filter.parkCode) query.andWhere('e.parkCode = :parkCode', { parkCode: filter.parkCode });
    if (filter.sample !== undefined && filter.sample !== null)
      query.andWhere('e.sample = :sample', { sample: filter.sample });
    return paginate(query, { first, after, sortColumn: 'createdAt', direction: 'DESC' });
  }

  findByIds(ids: readonly string[]): Promise<Enterprise[]> {
    return this.enterprises
      .createQueryBuilder('e')
      .where('e.id IN (:...ids)', { ids: [...ids] })
      .getMany();
  }

  /** The profile's history, newest first; empty for someone who may not see the enterprise. */
  async history(
    actor: Actor | null,
    enterpriseId: string,
    first: number,
    after?: string,
  ): Promise<Connection<EnterpriseProfileChange>> {
    const query = this.changes.createQueryBuilder('c').where('c.enterpriseId = :enterpriseId', { enterpriseId });
    if (!this.canAccess(actor, enterpriseId)) query.andWhere('false');
    return paginate(query, { first, after, sortColumn: 'at', direction: 'DESC' });
  }

  // ── Changing ────────────────────────────────────────────────────────────────────────────

  /**
   * Changes the profile: by the enterprise itself or staff. With `version`, a stale one is a
   * CONFLICT; without, the change applies to the current version (read under a row lock). Every
   * fault is reported at once and nothing is saved; unchanged values write nothing.
   */
  updateProfile(actor: Actor, id: string, input: EnterpriseProfileInput, version?: number | null): Promise<Enterprise> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockForChange(manager, actor, id);
      if (version !== undefined && version !== null && version !== current.version)
        throw AppError.conflict(LABEL.zh, LABEL.en);
      const patch = cleanPatch(input as ProfileValues);
      const faults = checkProfile(current as unknown as ProfileValues, patch, await this.profileContext(manager));
      if (faults.length) throw AppError.badInput(describeFaults(faults), faults);
      const changes = diffProfile(current as unknown as ProfileValues, patch);
      if (!changes.length) return current;
      return this.applyChanges(manager, actor, current, changes, FactSource.SELF_DECLARED, 'enterprise.updateProfile');
    });
  }

  /** Staff confirm facts against documents: each becomes VERIFIED (until its value changes). */
  verifyFacts(actor: Actor, id: string, facts: string[], version?: number | null): Promise<Enterprise> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.lockForChange(manager, actor, id);
      if (version !== undefined && version !== null && version !== current.version)
        throw AppError.conflict(LABEL.zh, LABEL.en);
      const faults: FieldFault[] = [];
      for (const fact of new Set(facts)) {
        if (!isStoredFact(fact)) {
          faults.push({ field: fact, message: { 'zh-CN': `未知的事实“${fact}”`, 'en-US': `unknown fact "${fact}"` } });
        } else if ((current as unknown as ProfileValues)[fact] === null) {
          faults.push({ field: fact, message: { 'zh-CN': '尚未填写，无法核实', 'en-US': 'has no value to verify' } });
        }
      }
      if (faults.length) throw AppError.badInput(describeFaults(faults), faults);
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
      await updateVersioned(manager, Enterprise, id, current.version, { factMeta: meta }, LABEL);
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
   * row per field, one audit row, and the profile-changed listeners, all in the caller's transaction.
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
      LABEL,
    );
    await this.writeHistory(manager, actor, current.id, changes, source);
    await this.audit.record(manager, actor, {
      action,
      entity: 'Enterprise',
      entityId: current.id,
      before: { version: current.version, ...Object.fromEntries(changes.map((c) => [c.field, c.before])) },
      after: { version: current.version + 1, ...patch },
    });
    await this.notifyListeners(manager, current.id, changes);
    return manager.findOneOrFail(Enterprise, { where: { id: current.id } });
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
    const changes = diffProfile({}, values);
    const fields = Object.fromEntries(changes.map((c) => [c.field, c.after]));
    const enterprise = manager.create(Enterprise, {
      ...fields,
      uscc: values.uscc,
      factMeta: withMeta({}, changes, source, actor),
      ...extra,
    } as Partial<Enterprise>);
    await manager.insert(Enterprise, enterprise);
    await this.writeHistory(manager, actor, enterprise.id, changes, source);
    await this.audit.record(manager, actor, {
      action,
      entity: 'Enterprise',
      entityId: enterprise.id,
      after: enterprise,
    });
    await this.notifyListeners(manager, enterprise.id, changes);
    return enterprise;
  }

  /** Makes an existing user act for an enterprise (seed; later, staff opening an account). */
  async linkUser(manager: EntityManager, actor: Actor, userId: string, enterpriseId: string): Promise<void> {
    const before = await manager.findOneOrFail(User, { where: { id: userId } });
    await manager.update(User, userId, { enterpriseId });
    await this.audit.record(manager, actor, {
      action: 'user.linkEnterprise',
      entity: 'User',
      entityId: userId,
      before: { enterpriseId: before.enterpriseId },
      after: { enterpriseId },
    });
  }

  /** Park codes and today's date: what the profile rules need beyond the values. */
  async profileContext(manager: EntityManager): Promise<ProfileContext> {
    const parks = await manager.find(Park, { select: { code: true } });
    return { parkCodes: new Set(parks.map((p) => p.code)), today: todayInChina() };
  }

  private async lockForChange(manager: EntityManager, actor: Actor, id: string): Promise<Enterprise> {
    if (!UUID.test(id) || !this.canAccess(actor, id)) throw AppError.notFound('企业', 'Enterprise');
    const current = await manager.findOne(Enterprise, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!current) throw AppError.notFound('企业', 'Enterprise');
    return current;
  }

  private async writeHistory(
    manager: EntityManager,
    actor: Actor,
    enterpriseId: string,
    changes: FieldChange[],
    source: FactSource,
  ) {
    if (!changes.length) return;
    await manager.insert(
      EnterpriseProfileChange,
      changes.map((c) => ({
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

  private async notifyListeners(manager: EntityManager, enterpriseId: string, changes: FieldChange[]): Promise<void> {
    const facts = changes.map((c) => c.field).filter(isStoredFact);
    if (!facts.length) return;
    for (const listener of this.listeners) await listener(manager, enterpriseId, facts);
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

function withMeta(
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

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

function isUniqueViolation(error: unknown, table: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driver = (error as QueryFailedError & { driverError?: { code?: string; table?: string } }).driverError;
  return driver?.code === '23505' && driver.table === table;
}
