import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { matchPark, rankParks, type PlacementProject } from '#matching';
import { DataSource } from 'typeorm';
import { SYSTEM_ACTOR } from '../../core/auth/actor.js';
import { ApplicationSuitability } from '../applications/application-suitability.service.js';
import { ApplicationStatus as S } from '../applications/application.enums.js';
import { ApplicationsService } from '../applications/applications.service.js';
import type { ParkChangeScope } from '../parks/park-changed.job.js';
import { ParksService } from '../parks/parks.service.js';
import { factsHash, storeMatches, type MatchToStore } from './park-match.store.js';

/** Applications matched per transaction when a park change re-matches the open ones. */
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
      const parks = await this.parks.findPlacementTargets(manager);
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

  /**
   * One park against the open applications its change can affect (`only`), a chunk per
   * transaction; decided applications keep their matches. Rows whose input is unchanged are not
   * rewritten; a park no longer active loses its rows. A SUBMITTED application for which the park is
   * now suitable is recommended.
   */
  async rematchPark(parkId: string, only: ParkChangeScope = {}): Promise<void> {
    let afterId: string | undefined;
    for (;;) {
      const last = await this.dataSource.transaction(async (manager) => {
        const apps = await this.applications.findOpen(manager, { afterId, limit: CHUNK, space: only.space });
        if (!apps.length) return null;
        const active = await this.parks.findPlacementTargets(manager);
        const park = active.find((p) => p.id === parkId);
        const ids = apps.map((a) => a.id);
        if (!park) {
          await storeMatches(
            manager,
            ids,
            active.map((p) => p.id),
            [],
          );
          return apps[apps.length - 1].id;
        }
        const [profile] = await this.suitability.parkProfiles(manager, [park]);
        const projects = await this.suitability.projects(manager, apps);
        const affected = apps.filter((app) => inScope(projects.get(app.id)!, only));
        const matches = affected.map((app) => {
          const project = projects.get(app.id)!;
          return { applicationId: app.id, result: matchPark(project, profile), factsHash: factsHash(project, profile) };
        });
        await storeMatches(
          manager,
          ids,
          active.map((p) => p.id),
          matches,
        );
        for (const { applicationId, result } of matches) {
          const app = affected.find((a) => a.id === applicationId)!;
          if (app.status !== S.SUBMITTED || !result.suitable) continue;
          const note = `系统初筛：园区“${park.name}”满足全部硬性条件 (screened: ${park.nameEn} is suitable)`;
          await this.applications.recommend(manager, SYSTEM_ACTOR, app.id, note);
        }
        return apps.length < CHUNK ? null : apps[apps.length - 1].id;
      });
      if (!last) return;
      afterId = last;
    }
  }
}

/** Whether an application's applicant is among those a scoped park change names. */
function inScope(project: PlacementProject, only: ParkChangeScope): boolean {
  if (!only.industries && !only.segments) return true;
  return (
    (!!project.industry && !!only.industries?.includes(project.industry)) ||
    (!!project.chainSegment && !!only.segments?.includes(project.chainSegment))
  );
}
