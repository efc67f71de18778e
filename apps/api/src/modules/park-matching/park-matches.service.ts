import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { localize, rankParks, type ConstraintResult, type ParkMatchResult } from '#matching';
import { DataSource, Repository } from 'typeorm';
import { isStaff, type Actor } from '../../core/auth/actor.js';
import type { Locale } from '../../core/errors/locale.js';
import { AppError } from '../../core/errors/app-error.js';
import { ApplicationSuitability } from '../applications/application-suitability.service.js';
import { ApplicationsService } from '../applications/applications.service.js';
import { toPlacementProject } from '../applications/placement-project.js';
import { ENTERPRISE_LABEL, EnterprisesService } from '../enterprises/enterprises.service.js';
import { ParksService } from '../parks/parks.service.js';
import type { ParkMatchPreviewInput } from './dto/park-match-preview.input.js';
import { ParkMatchRow } from './park-match.entity.js';
import type { ParkMatch } from './park-match.type.js';

/** Reading stored park matches, and ranking a draft's needs live, in the caller's language. */
@Injectable()
export class ParkMatchesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(ParkMatchRow) private readonly rows: Repository<ParkMatchRow>,
    private readonly applications: ApplicationsService,
    private readonly enterprises: EnterprisesService,
    private readonly parks: ParksService,
    private readonly suitability: ApplicationSuitability,
  ) {}

  /**
   * The parks ranked for an application: suitable ones by score, then the unsuitable. The
   * enterprise sees its own application's only (another's is NOT_FOUND, as for `application`).
   */
  async forApplication(actor: Actor, applicationId: string): Promise<ParkMatch[]> {
    await this.applications.get(actor, applicationId);
    const rows = await this.rows.find({ where: { applicationId } });
    rows.sort(
      (a, b) => Number(b.suitable) - Number(a.suitable) || b.score - a.score || a.parkId.localeCompare(b.parkId),
    );
    return rows.map((row) => toParkMatch(row, actor.locale));
  }

  /**
   * Every active park ranked for needs not yet submitted (the wizard's 园区推荐), with the
   * applicant's profile facts: an enterprise's user gets its own enterprise's (naming another is
   * NOT_FOUND); staff name any, or none. Computed now, stored nowhere.
   */
  async preview(actor: Actor, input: ParkMatchPreviewInput): Promise<ParkMatch[]> {
    const enterpriseId = isStaff(actor) ? (input.enterpriseId ?? null) : actor.enterpriseId;
    if (!isStaff(actor) && (!enterpriseId || (input.enterpriseId && input.enterpriseId !== enterpriseId))) {
      throw AppError.notFound(ENTERPRISE_LABEL);
    }
    const manager = this.dataSource.manager;
    const [applicant] = enterpriseId ? await this.enterprises.findByIds([enterpriseId], manager) : [];
    if (enterpriseId && !applicant) throw AppError.notFound(ENTERPRISE_LABEL);
    const project = toPlacementProject(
      {
        kind: input.kind,
        landMu: input.landMu ?? null,
        floorSqm: input.floorSqm ?? null,
        energyTce: input.energyTce ?? null,
        pollutionCategory: input.pollutionCategory ?? null,
        infrastructureNeeds: [...new Set(input.infrastructureNeeds ?? [])],
      },
      applicant ?? null,
    );
    const profiles = await this.suitability.parkProfiles(manager, await this.parks.findPlacementTargets(manager));
    return rankParks(project, profiles).map((result) => toParkMatch(result, actor.locale));
  }
}

/** A ranked park in the caller's language. */
function toParkMatch(match: Omit<ParkMatchResult, 'score'> & { score: number }, locale: Locale): ParkMatch {
  const say = (c: ConstraintResult) => localize(c.text, locale);
  return {
    parkId: match.parkId,
    suitable: match.suitable,
    score: match.score,
    components: match.components.map((c) => ({
      code: c.code,
      label: localize(c.label, locale),
      weight: c.weight,
      value: c.value,
      points: c.points,
      detail: localize(c.detail, locale),
    })),
    reasons: match.failures.map(say),
    constraints: match.failures.map((c) => ({ code: c.code, message: say(c) })),
    unknowns: match.unknowns.map(say),
  };
}
