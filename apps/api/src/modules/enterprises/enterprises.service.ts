import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { STORED_FACT_NAMES } from '#matching';
import { Between, DataSource, In, MoreThan, Repository, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { isStaff, type Actor } from '../../core/auth/actor.js';
import type { AuthPayload } from '../../core/auth/auth-payload.type.js';
import { AuthService } from '../../core/auth/auth.service.js';
import { hashPassword } from '../../core/auth/password.js';
import { RegistrationThrottle } from '../../core/auth/registration-throttle.service.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { containsPattern } from '../../core/database/escape-like.js';
import { isPgError, PgErrorCode } from '../../core/database/pg-error.js';
import { AppError, text } from '../../core/errors/app-error.js';
import { DEFAULT_LOCALE } from '../../core/errors/locale.js';
import { paginate, type Connection } from '../../core/graphql/pagination.js';
import { OutboxService } from '../../core/queue/outbox.service.js';
import { Role } from '../../core/users/role.enum.js';
import type { User } from '../../core/users/user.entity.js';
import { isEmailTaken, UsersService } from '../../core/users/users.service.js';
import type { EnterpriseUserInput } from './dto/enterprise-user.input.js';
import type { EnterpriseFilter } from './dto/enterprises.args.js';
import type { RegisterEnterpriseInput } from './dto/register-enterprise.input.js';
import { ENTERPRISE_FACTS_CHANGED } from './enterprise-facts-changed.job.js';
import { EnterpriseProfileChange } from './enterprise-profile-change.entity.js';
import { Enterprise } from './enterprise.entity.js';
import { validateUscc } from './uscc.js';

export const ENTERPRISE_LABEL = text('企业', 'Enterprise');

/**
 * Refusal of an email that has an account. It cannot read like success: registration signs the
 * new user in, so the registrant would find out at the next request anyway. It says no more than
 * that this address cannot register, points to signing in, and the owner of the address is told.
 */
const EMAIL_UNAVAILABLE = text(
  '无法用该邮箱注册：如果您已有账号，请直接登录',
  'cannot be used to register. If you already have an account, sign in instead',
);

/** Refusal of a USCC that is taken: the same words whoever holds it, and whether or not it has an account. */
const USCC_TAKEN = () =>
  AppError.field(
    'uscc',
    text(
      '该统一社会信用代码已登记。如确属贵单位，请联系高新区招商局开通账号',
      'is already registered. If it is yours, ask the investment promotion bureau for an account',
    ),
  );

/** Enterprises in one park, counted by industry code and by chain-segment code. */
export interface ParkTenantCounts {
  byIndustry: Record<string, number>;
  bySegment: Record<string, number>;
}

/** An enterprise as a rule engine sees it: its id, its name and its stored facts. */
export interface EnterpriseFacts {
  enterpriseId: string;
  name: string;
  facts: Record<string, unknown>;
}

/**
 * Enterprises: registration and accounts, and reading (who may see which enterprise, lists,
 * history, and every profile's facts for the rule engine). Profile changes: EnterpriseProfileService.
 */
/** The key under which a page of enterprises carries each row's eligible-policy count (see the resolver). */
export const PRESET_ELIGIBLE_COUNT = 'presetEligiblePolicyCount';

@Injectable()
export class EnterprisesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Enterprise) private readonly enterprises: Repository<Enterprise>,
    @InjectRepository(EnterpriseProfileChange) private readonly changes: Repository<EnterpriseProfileChange>,
    private readonly audit: AuditService,
    private readonly users: UsersService,
    private readonly auth: AuthService,
    private readonly outbox: OutboxService,
    private readonly registrations: RegistrationThrottle,
  ) {}

  canAccess(actor: Actor | null, enterpriseId: string): boolean {
    if (!actor) return false;
    return isStaff(actor) || (actor.role === Role.ENTERPRISE && actor.enterpriseId === enterpriseId);
  }

  // ── Registration ────────────────────────────────────────────────────────────────────────

  /**
   * A new enterprise and its first user (role ENTERPRISE, whatever was asked) in one
   * transaction, with their audit rows; answers with a token like `login` (the API contract).
   *
   * Sign-up must not tell whether an email has an account (issue 10), yet it answers with a token,
   * so it cannot pretend to succeed. What it does instead:
   * 1. the attempt is counted per client address before anything costly (RegistrationThrottle):
   *    testing many addresses is slow, and parallel attempts get no more than the limit;
   * 2. the password is hashed in every case, before anything is looked up, so a taken email costs
   *    the same time as a new one (and no transaction waits for argon2);
   * 3. a taken email gets a neutral refusal on the field that points to signing in, the same words
   *    whoever holds the address, and its owner is told (a notice, at most one a day) and the attempt
   *    audited;
   * 4. so an email and password of an existing ENTERPRISE account create nothing either: the same
   *    refusal (the password is not checked: a match would be the only answer that differs).
   */
  async register(actor: Actor | null, input: RegisterEnterpriseInput, address: string): Promise<AuthPayload> {
    await this.registrations.consume(address);
    const check = validateUscc(input.uscc);
    if (!check.valid) {
      throw AppError.field(
        'uscc',
        text(`统一社会信用代码无效：${check.reason.zh}`, `is not a valid USCC: ${check.reason.en}`),
      );
    }
    const uscc = check.code;
    const locale = actor?.locale ?? DEFAULT_LOCALE;
    // Nobody is signed in yet: the registrant acts as an anonymous enterprise user.
    const registrant: Actor = { userId: null, role: Role.ENTERPRISE, enterpriseId: null, locale };
    const passwordHash = await hashPassword(input.password);
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
        const created = await this.users.insert(
          manager,
          { ...registrant, enterpriseId: enterprise.id },
          {
            email: input.email,
            passwordHash,
            name: input.contactName?.trim() || input.name.trim(),
            role: Role.ENTERPRISE,
            enterpriseId: enterprise.id,
          },
        );
        await this.audit.record(
          manager,
          { ...registrant, userId: created.id, enterpriseId: enterprise.id },
          {
            action: 'enterprise.register',
            entity: 'Enterprise',
            entityId: enterprise.id,
            after: enterprise,
          },
        );
        await this.outbox.enqueue(manager, ENTERPRISE_FACTS_CHANGED, { enterpriseIds: [enterprise.id] });
        return created;
      });
      return { accessToken: await this.auth.issueToken(user), user };
    } catch (error) {
      // Two registrations of one code at once: the unique index decides, with the same answer.
      if (isPgError(error, PgErrorCode.UNIQUE_VIOLATION, 'enterprises')) throw USCC_TAKEN();
      if (isPgError(error, PgErrorCode.UNIQUE_VIOLATION, 'users') || isEmailTaken(error)) {
        await this.users.noticeRegistrationAttempt(registrant, input.email, address);
        throw AppError.field('email', EMAIL_UNAVAILABLE);
      }
      throw error;
    }
  }

  /** Staff open an account for an existing enterprise (one imported, or a second user). */
  createUser(actor: Actor, enterpriseId: string, input: EnterpriseUserInput): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.exists(Enterprise, { where: { id: enterpriseId } }))) {
        throw AppError.notFound(ENTERPRISE_LABEL);
      }
      return this.users.insert(manager, actor, { ...input, role: Role.ENTERPRISE, enterpriseId });
    });
  }

  // ── Reading ─────────────────────────────────────────────────────────────────────────────

  /** Staff see any enterprise, an enterprise user only its own; anything else is NOT_FOUND. */
  async get(actor: Actor, id: string): Promise<Enterprise> {
    if (!this.canAccess(actor, id)) throw AppError.notFound(ENTERPRISE_LABEL);
    const enterprise = await this.enterprises.findOne({ where: { id } });
    if (!enterprise) throw AppError.notFound(ENTERPRISE_LABEL);
    return enterprise;
  }

  /** The signed-in enterprise user's enterprise, or null when the account has none. */
  async mine(actor: Actor): Promise<Enterprise | null> {
    if (!actor.enterpriseId) return null;
    return this.enterprises.findOne({ where: { id: actor.enterpriseId } });
  }

  /**
   * Newest first, served by the (createdAt, id) index. `columns`: the properties the query shows
   * (default every column); `computed`: values read in the page's statement (see `paginate`); the
   * count runs only when `totalCount` is read.
   */
  list(
    _actor: Actor,
    filter: EnterpriseFilter = {},
    first: number,
    after?: string,
    columns?: readonly string[],
    computed?: Readonly<Record<string, string>>,
  ): Promise<Connection<Enterprise>> {
    const query = applyEnterpriseFilter(this.enterprises.createQueryBuilder('e'), filter);
    return paginate(query, { first, after, sortColumn: 'createdAt', direction: 'DESC', columns, computed });
  }

  /** The metadata of the entity (its columns), for selectedColumns. */
  get metadata() {
    return this.enterprises.metadata;
  }

  /**
   * The ids of the enterprises a filter selects, as a subquery (alias `e`) another context puts in
   * its WHERE (`x."enterpriseId" IN (…)`) so its own index keeps serving its order; null when the
   * filter selects every enterprise. Same rules as `list`.
   */
  idsMatching(manager: EntityManager, filter: EnterpriseFilter): SelectQueryBuilder<Enterprise> | null {
    const query = applyEnterpriseFilter(manager.createQueryBuilder(Enterprise, 'e').select('e.id'), filter);
    return query.expressionMap.wheres.length ? query : null;
  }

  /**
   * With a transaction's manager inside one (embedded PGlite has one connection). `columns`: only
   * these properties (and the id), as `selectedColumns` / `objectColumns` give them; default every column.
   */
  findByIds(
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
    columns?: readonly string[],
  ): Promise<Enterprise[]> {
    if (!ids.length) return Promise.resolve([]);
    const query = manager.createQueryBuilder(Enterprise, 'e').where('e.id IN (:...ids)', { ids: [...ids] });
    if (columns) query.select([...new Set(['id', ...columns])].map((column) => `e.${column}`));
    return query.getMany();
  }

  /** The ids of the enterprises that hold these codes (codes nobody holds are left out). */
  async idsByUscc(manager: EntityManager, usccs: readonly string[]): Promise<Map<string, string>> {
    if (!usccs.length) return new Map();
    const rows = await manager.find(Enterprise, { select: { id: true, uscc: true }, where: { uscc: In([...usccs]) } });
    return new Map(rows.map((row) => [row.uscc, row.id]));
  }

  /**
   * Tenants of the given parks (enterprises whose `parkCode` fact names one), counted by industry
   * and by chain segment: what park matching reads for chain synergy. One grouped query.
   */
  async tenantCounts(
    parkCodes: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, ParkTenantCounts>> {
    const counts = new Map<string, ParkTenantCounts>();
    if (!parkCodes.length) return counts;
    const rows: { parkCode: string; industry: string | null; chainSegment: string | null; n: number }[] = await manager
      .createQueryBuilder(Enterprise, 'e')
      .select(['e.parkCode AS "parkCode"', 'e.industry AS industry', 'e.chainSegment AS "chainSegment"'])
      .addSelect('count(*)::int', 'n')
      .where('e.parkCode IN (:...codes)', { codes: [...parkCodes] })
      .groupBy('e.parkCode')
      .addGroupBy('e.industry')
      .addGroupBy('e.chainSegment')
      .getRawMany();
    for (const row of rows) {
      const park = counts.get(row.parkCode) ?? { byIndustry: {}, bySegment: {} };
      if (row.industry) park.byIndustry[row.industry] = (park.byIndustry[row.industry] ?? 0) + row.n;
      if (row.chainSegment) park.bySegment[row.chainSegment] = (park.bySegment[row.chainSegment] ?? 0) + row.n;
      counts.set(row.parkCode, park);
    }
    return counts;
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

  /** Calls `handle` with batches of every enterprise's stored facts, in id order. */
  async forEachProfile(handle: (batch: EnterpriseFacts[]) => void | Promise<void>, batchSize = 500): Promise<void> {
    let after: string | null = null;
    for (;;) {
      const rows: Enterprise[] = await this.enterprises.find({
        select: PROFILE_SELECT,
        where: after === null ? {} : { id: MoreThan(after) },
        order: { id: 'ASC' },
        take: batchSize,
      });
      if (!rows.length) return;
      await handle(rows.map(toFacts));
      if (rows.length < batchSize) return;
      after = rows[rows.length - 1].id;
    }
  }

  /** The stored facts of these enterprises (unknown ids are left out), in id order. */
  async profilesOf(manager: EntityManager, ids: readonly string[]): Promise<EnterpriseFacts[]> {
    if (!ids.length) return [];
    const rows = await manager.find(Enterprise, {
      select: PROFILE_SELECT,
      where: { id: In([...ids]) },
      order: { id: 'ASC' },
    });
    return rows.map(toFacts);
  }

  /** The stored facts of the enterprises with ids from `fromId` to `toId` (both included). */
  async profilesBetween(manager: EntityManager, fromId: string, toId: string): Promise<EnterpriseFacts[]> {
    const rows = await manager.find(Enterprise, {
      select: PROFILE_SELECT,
      where: { id: Between(fromId, toId) },
      order: { id: 'ASC' },
    });
    return rows.map(toFacts);
  }

  /** Calls `handle` with pages of every enterprise id, ascending (a keyset scan of the primary key). */
  async forEachIdPage(
    manager: EntityManager,
    pageSize: number,
    handle: (ids: string[]) => void | Promise<void>,
  ): Promise<void> {
    let after: string | null = null;
    for (;;) {
      const rows: { id: string }[] = await manager.query(
        `SELECT id FROM enterprises WHERE ($1::uuid IS NULL OR id > $1::uuid) ORDER BY id LIMIT $2`,
        [after, pageSize],
      );
      if (!rows.length) return;
      await handle(rows.map((row) => row.id));
      if (rows.length < pageSize) return;
      after = rows[rows.length - 1].id;
    }
  }
}

const PROFILE_SELECT = Object.fromEntries(['id', 'name', ...STORED_FACT_NAMES].map((key) => [key, true]));

const toFacts = ({ id, name, ...facts }: Enterprise): EnterpriseFacts => ({
  enterpriseId: id,
  name,
  facts: facts as Record<string, unknown>,
});

/** Name or USCC search and the profile filters, on a query of alias `e`. */
function applyEnterpriseFilter(
  query: SelectQueryBuilder<Enterprise>,
  filter: EnterpriseFilter,
): SelectQueryBuilder<Enterprise> {
  const search = filter.search?.trim();
  if (search) {
    // ILIKE '%…%' on the name is served by the trigram index (pg_trgm works on Chinese text).
    const like = containsPattern(search);
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
  return query;
}
