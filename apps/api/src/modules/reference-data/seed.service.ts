import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { INDUSTRIES, PARKS } from '#plan-data';
import { SYSTEM_ACTOR } from '../../core/auth/actor.js';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import { ChainSegment } from '../industries/chain-segment.entity.js';
import { Industry } from '../industries/industry.entity.js';
import { Park } from '../parks/park.entity.js';
import { Role } from '../../core/users/role.enum.js';
import { User } from '../../core/users/user.entity.js';
import { UsersService } from '../../core/users/users.service.js';

export const DEMO_PASSWORD = 'demo-password-1';
export const DEMO_USERS = [
  { email: 'admin@demo.local', name: '演示管理员', role: Role.ADMIN },
  { email: 'staff@demo.local', name: '演示招商专员', role: Role.BUREAU_STAFF },
  { email: 'enterprise@demo.local', name: '演示企业用户', role: Role.ENTERPRISE },
] as const;

/** Extra seed steps of later features (policies, a demo enterprise), run after the reference data. */
export type SeedStep = (manager: EntityManager, config: AppConfig) => Promise<void>;

/**
 * A step run after the seed transaction has committed, in transactions of its own (the demo set
 * submits applications through their service). Embedded PGlite has one connection, so such a step
 * cannot run inside the seed's transaction.
 */
export type FollowUpStep = (config: AppConfig) => Promise<void>;

/**
 * Loads the plan's reference data, idempotently: industries are refreshed from the plan, parks
 * are inserted when missing (their free space then belongs to the admins; a park already there
 * that the plan puts under a newly inserted one is attached to it), users only once.
 */
@Injectable()
export class SeedService {
  private readonly logger = new Logger(SeedService.name);
  private readonly steps: SeedStep[] = [];
  private readonly followUps: FollowUpStep[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
  ) {}

  addStep(step: SeedStep): void {
    this.steps.push(step);
  }

  addFollowUp(step: FollowUpStep): void {
    this.followUps.push(step);
  }

  async run(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // Several API replicas may boot at once: one seeds, the others wait and find it done.
      await manager.query("SELECT pg_advisory_xact_lock(hashtext('uhtz-seed'))");
      await this.seedIndustries(manager);
      await this.seedParks(manager);
      await this.seedUsers(manager);
      for (const step of this.steps) await step(manager, this.config);
    });
    this.logger.log('reference data is up to date');
    for (const step of this.followUps) await step(this.config);
  }

  private async seedIndustries(manager: EntityManager): Promise<void> {
    const industries = INDUSTRIES.map(({ segments: _segments, ...industry }, sortOrder) => ({
      ...industry,
      sortOrder,
    }));
    await manager.upsert(Industry, industries, ['code']);
    const segments = INDUSTRIES.flatMap((industry) =>
      industry.segments.map((segment, sortOrder) => ({ ...segment, industryCode: industry.code, sortOrder })),
    );
    await manager.upsert(ChainSegment, segments, ['code']);
  }

  private async seedParks(manager: EntityManager): Promise<void> {
    const existing = new Map(
      (await manager.find(Park, { select: { id: true, code: true } })).map((p) => [p.code, p.id]),
    );
    // Parents first, so children can point at them.
    const ordered = [...PARKS].sort((a, b) => Number(a.parentCode !== null) - Number(b.parentCode !== null));
    for (const data of ordered) {
      if (existing.has(data.code)) continue;
      const { parentCode, location, planFields: _planFields, ...fields } = data;
      const park = manager.create(Park, {
        ...fields,
        lng: location.lng,
        lat: location.lat,
        sortOrder: PARKS.indexOf(data),
        parentId: parentCode ? (existing.get(parentCode) ?? null) : null,
      });
      await manager.insert(Park, park);
      existing.set(data.code, park.id);
      // A park the plan puts under this one, seeded before it existed, is attached to it now.
      const children = PARKS.filter((child) => child.parentCode === data.code).map((child) => child.code);
      if (children.length) {
        await manager.query('UPDATE parks SET "parentId" = $1 WHERE code = ANY($2) AND "parentId" IS NULL', [
          park.id,
          children,
        ]);
      }
    }
  }

  private async seedUsers(manager: EntityManager): Promise<void> {
    if (this.config.embedded && this.config.NODE_ENV !== 'production') {
      for (const demo of DEMO_USERS) {
        if (await manager.exists(User, { where: { email: demo.email } })) continue;
        await this.users.insert(manager, SYSTEM_ACTOR, { ...demo, password: DEMO_PASSWORD });
      }
    }
    const { ADMIN_EMAIL, ADMIN_PASSWORD } = this.config;
    if (ADMIN_EMAIL && ADMIN_PASSWORD && !(await manager.exists(User, { where: { role: Role.ADMIN } }))) {
      await this.users.insert(manager, SYSTEM_ACTOR, {
        email: ADMIN_EMAIL,
        password: ADMIN_PASSWORD,
        name: '系统管理员',
        role: Role.ADMIN,
      });
      this.logger.log(`first admin ${ADMIN_EMAIL} created`);
    }
  }
}
