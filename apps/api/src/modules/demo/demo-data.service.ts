import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SYSTEM_ACTOR, type Actor } from '../../core/auth/actor.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import { describeFaults } from '../../core/errors/field-fault.js';
import { Role } from '../../core/users/role.enum.js';
import { ApplicationKind } from '../applications/application.enums.js';
import { ApplicationsService } from '../applications/applications.service.js';
import { EnterpriseProfileService } from '../enterprises/enterprise-profile.service.js';
import { checkProfile } from '../enterprises/enterprise-profile.js';
import { FactSource } from '../enterprises/enterprise.enums.js';
import { EnterprisesService } from '../enterprises/enterprises.service.js';
import { DisposalRoute, LandPlotStatus } from '../land/land-plot.enums.js';
import { LandService } from '../land/land.service.js';
import { MatchRunTrigger } from '../matching/match-run.enums.js';
import { MatchRunsService } from '../matching/match-runs.service.js';
import { ParksService } from '../parks/parks.service.js';
import type { PollutionCategory } from '../parks/park.enums.js';
import { generateDemoSet, type DemoApplication, type DemoSet } from './demo-generator.js';
import type { DemoDataLoad } from './demo-data-load.type.js';
import { chinaToday } from './demo-clock.js';
import { demoLandPlots } from './demo-land.js';
import { DemoPipelineService } from './demo-pipeline.service.js';

/** Rows per multi-row insert: well under PostgreSQL's 65 535 parameters at ~35 columns. */
const BATCH = 100;
/** The audit action of a load; its entityId is the run it started (how the admin app finds the run). */
export const DEMO_LOAD_ACTION = 'demo.load';

export interface DemoLoadResult {
  enterprises: number;
  applications: number;
  /** Sample leads and enterprises' requests added. */
  leads: number;
  requests: number;
  /** Sample land plots added (idle, under recovery, recovered). */
  landPlots: number;
  /** The re-match run started for the new enterprises; null when nothing was added. */
  runId: string | null;
}

/**
 * Writes the demo set through the owners' services: enterprises (flagged sample, facts IMPORTED,
 * with history and audit) in multi-row batches, the open applications as their enterprises submit
 * them, and a DEMO_SEED re-match run in the enterprises' transaction; then the sample pipeline and
 * requests (DemoPipelineService). Idempotent: what is there already (by USCC; applications: an
 * enterprise that has one; leads by name, requests by enterprise and subject) is left alone.
 */
@Injectable()
export class DemoDataService {
  private readonly logger = new Logger(DemoDataService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly enterprises: EnterprisesService,
    private readonly profiles: EnterpriseProfileService,
    private readonly applications: ApplicationsService,
    private readonly parks: ParksService,
    private readonly runs: MatchRunsService,
    private readonly pipeline: DemoPipelineService,
    private readonly land: LandService,
  ) {}

  /** The demo set of today, with the configured answer deadlines. */
  generate(): DemoSet {
    return generateDemoSet({
      enquiryWorkingDays: this.config.ENQUIRY_RESPONSE_WORKING_DAYS,
      requestWorkingDays: this.config.REQUEST_RESPONSE_WORKING_DAYS,
    });
  }

  async load(set: DemoSet = this.generate()): Promise<DemoLoadResult> {
    const { enterprises, runId } = await this.loadEnterprises(set);
    const applications = await this.submitApplications(set.applications);
    const started = Date.now();
    const { leads, requests } = await this.dataSource.transaction(async (manager) => {
      await manager.query("SELECT pg_advisory_xact_lock(hashtext('uhtz-demo-pipeline'))");
      return this.pipeline.load(manager, set.leads, set.requests);
    });
    const landPlots = await this.loadLand();
    if (enterprises || applications || leads || requests || landPlots) {
      this.logger.log(
        `demo data: ${enterprises} sample enterprises, ${applications} open applications, ` +
          `${leads} sample leads, ${requests} sample requests added (leads and requests in ${Date.now() - started} ms), ` +
          `${landPlots} sample land plots`,
      );
    }
    return { enterprises, applications, leads, requests, landPlots, runId };
  }

  /** The latest load that started a run, from the audit trail (null before any). */
  async latest(actor: Actor): Promise<DemoDataLoad | null> {
    const page = await this.audit.list(actor, { action: DEMO_LOAD_ACTION }, 1);
    const entry = page.edges[0]?.node;
    if (!entry) return null;
    const after = (entry.after ?? {}) as { enterprises?: number };
    return { loadedAt: entry.at, enterprises: after.enterprises ?? 0, matchRun: await this.runs.get(entry.entityId) };
  }

  private loadEnterprises(set: DemoSet): Promise<{ enterprises: number; runId: string | null }> {
    return this.dataSource.transaction(async (manager) => {
      // Two processes loading at once (replicas, a CLI beside a server): one writes, the other finds it done.
      await manager.query("SELECT pg_advisory_xact_lock(hashtext('uhtz-demo-data'))");
      const existing = await this.enterprises.idsByUscc(
        manager,
        set.enterprises.map((enterprise) => enterprise.uscc),
      );
      const missing = set.enterprises.filter((enterprise) => !existing.has(enterprise.uscc));
      if (!missing.length) return { enterprises: 0, runId: null };
      const context = await this.profiles.profileContext(manager);
      for (const values of missing) {
        const faults = checkProfile({}, values, context);
        if (faults.length) throw new Error(`demo enterprise ${values.uscc}: ${describeFaults(faults).en}`);
      }
      for (let start = 0; start < missing.length; start += BATCH) {
        await this.profiles.createManyWithValues(
          manager,
          SYSTEM_ACTOR,
          missing.slice(start, start + BATCH),
          FactSource.IMPORTED,
          'enterprise.demo',
          { sample: true },
        );
      }
      const run = await this.runs.start(manager, MatchRunTrigger.DEMO_SEED, null);
      await this.audit.record(manager, SYSTEM_ACTOR, {
        action: DEMO_LOAD_ACTION,
        entity: 'MatchRun',
        entityId: run.id,
        after: { enterprises: missing.length },
      });
      return { enterprises: missing.length, runId: run.id };
    });
  }

  /**
   * The sample plots (flagged sample) recorded and moved through their steps by the land service, so
   * a recovered plot's area reaches its park's free land as a real one would. Plots already there
   * (by number) and plots of a park that is missing are left alone.
   */
  private async loadLand(): Promise<number> {
    const plots = demoLandPlots(chinaToday());
    const existing = await this.land.existingCodes(plots.map((plot) => plot.code));
    const parkIds = new Map((await this.parks.list(SYSTEM_ACTOR)).map((park) => [park.code, park.id]));
    let added = 0;
    for (const plot of plots) {
      const parkId = parkIds.get(plot.parkCode);
      if (existing.has(plot.code) || !parkId) continue;
      let saved = await this.land.record(
        SYSTEM_ACTOR,
        {
          code: plot.code,
          parkId,
          areaMu: plot.areaMu,
          status: LandPlotStatus.IDLE,
          idleSince: plot.idleSince,
          holderName: plot.holderName,
          disposalRoute: plot.disposalRoute as DisposalRoute | null,
          lng: plot.location?.lng ?? null,
          lat: plot.location?.lat ?? null,
          note: plot.note,
        },
        { sample: true },
      );
      for (const step of plot.steps) {
        saved = await this.land.move(SYSTEM_ACTOR, saved.id, saved.version, {
          status: step.status as LandPlotStatus,
          on: step.on,
        });
      }
      added += 1;
    }
    return added;
  }

  /** Each application submitted as its enterprise would (own transaction, park matching queued). */
  private async submitApplications(applications: readonly DemoApplication[]): Promise<number> {
    const ids = await this.enterprises.idsByUscc(
      this.dataSource.manager,
      applications.map((application) => application.uscc),
    );
    const enterpriseIds = applications.map((application) => ids.get(application.uscc) ?? '');
    const existing = await this.applications.byEnterprises(SYSTEM_ACTOR, enterpriseIds);
    const parkIds = new Map((await this.parks.list(SYSTEM_ACTOR)).map((park) => [park.code, park.id]));
    let submitted = 0;
    for (const [index, { input }] of applications.entries()) {
      const enterpriseId = enterpriseIds[index];
      if (!enterpriseId || existing[index].length) continue;
      const applicant: Actor = { ...SYSTEM_ACTOR, role: Role.ENTERPRISE, enterpriseId };
      const { preferredParkCodes, ...fields } = input;
      await this.applications.submit(applicant, {
        ...fields,
        kind: input.kind as ApplicationKind,
        pollutionCategory: input.pollutionCategory as PollutionCategory | null,
        preferredParkIds: preferredParkCodes.flatMap((code) => parkIds.get(code) ?? []),
      });
      submitted += 1;
    }
    return submitted;
  }
}
