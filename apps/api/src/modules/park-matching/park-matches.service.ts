import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { localize, type ConstraintResult } from '#matching';
import { Repository } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { ApplicationsService } from '../applications/applications.service.js';
import { ParkMatchRow } from './park-match.entity.js';
import type { ParkMatch } from './park-match.type.js';

/** Reading stored park matches, in the caller's language. */
@Injectable()
export class ParkMatchesService {
  constructor(
    @InjectRepository(ParkMatchRow) private readonly rows: Repository<ParkMatchRow>,
    private readonly applications: ApplicationsService,
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
    const say = (c: ConstraintResult) => localize(c.text, actor.locale);
    return rows.map((row) => ({
      parkId: row.parkId,
      suitable: row.suitable,
      score: row.score,
      components: row.components.map((c) => ({
        code: c.code,
        label: localize(c.label, actor.locale),
        weight: c.weight,
        value: c.value,
        points: c.points,
        detail: localize(c.detail, actor.locale),
      })),
      reasons: row.failures.map(say),
      constraints: row.failures.map((c) => ({ code: c.code, message: say(c) })),
      unknowns: row.unknowns.map(say),
    }));
  }
}
