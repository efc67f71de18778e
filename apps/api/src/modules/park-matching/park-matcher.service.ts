import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { rankParks } from '#matching';
import { DataSource } from 'typeorm';
import { SYSTEM_ACTOR } from '../../core/auth/actor.js';
import { ApplicationSuitability } from '../applications/application-suitability.service.js';
import { ApplicationStatus as S } from '../applications/application.enums.js';
import { ApplicationsService } from '../applications/applications.service.js';
import { ParksService } from '../parks/parks.service.js';
import { factsHash, storeMatches, type MatchToStore } from './park-match.store.js';

/** Applications matched per transaction when a park change re-matches every open one. */
const CHUNK = 100;

/**
 * Ranks every active park for open applications with the engine and stores the results; a
 * screened SUBMITTED application with a suitable park moves to RECOMMENDED in the same transaction.
 */
@Injectable()
export class ParkMatcher {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationsService,
    private readonly parks: ParksService,
    private readonly suitability: ApplicationSuitability,
  ) {}

  /** Matches the given applications (those still open); answers the rows written. */
  match(applicationIds: readonly string[]): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const apps = await this.applications.findOpen(manager, { ids: applicationIds });
      if (!apps.length) return 0;
      const parks = await this.parks.findActive(manager);
      const profiles = await this.suitability.parkProfiles(manager, parks);
      const projects = await this.suitability.projects(manager, apps);
      const byId = new Map(profiles.map((p) => [p.id, p]));
      const matches: MatchToStore[] = [];
      const suitableCount = new Map<string, number>();
      for (const app of apps) {
        const project = projects.get(app.id)!;
        const ranked = rankParks(project, profiles);
        for (const result of ranked) {
          matches.push({ applicationId: app.id, result, factsHash: factsHash(project, byId.get(result.parkId)!) });
        }
        suitableCount.set(app.id, ranked.filter((r) => r.suitable).length);
      }
      const ids = apps.map((a) => a.id);
      const written = await storeMatches(
        manager,
        ids,
        parks.map((p) => p.id),
        matches,
      );
      for (const app of apps) {
        const n = suitableCount.get(app.id) ?? 0;
        if (app.status !== S.SUBMITTED || n === 0) continue;
        const note = `系统初筛：${n} 个园区满足全部硬性条件 (screened: ${n} suitable parks)`;
        await this.applications.recommend(manager, SYSTEM_ACTOR, app.id, note);
      }
      return written;
    });
  }

  /** Every open application, a chunk per transaction (a park's capacity or rules changed). */
  async matchAllOpen(): Promise<void> {
    let afterId: string | undefined;
    for (;;) {
      const apps = await this.applications.findOpen(this.dataSource.manager, { afterId, limit: CHUNK });
      if (!apps.length) return;
      await this.match(apps.map((a) => a.id));
      if (apps.length < CHUNK) return;
      afterId = apps[apps.length - 1].id;
    }
  }
}
