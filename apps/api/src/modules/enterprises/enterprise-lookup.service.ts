import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { containsPattern } from '../../core/database/escape-like.js';
import { OutboxService } from '../../core/queue/outbox.service.js';
import {
  COMPANY_NAME_NOISE,
  companyCore,
  companyCoreSql,
  SAME_COMPANY_SIMILARITY,
} from '../../core/text/company-name.js';
import { ENTERPRISE_FACTS_CHANGED } from './enterprise-facts-changed.job.js';
import { Enterprise } from './enterprise.entity.js';
import { FactSource } from './enterprise.enums.js';

export interface EnterpriseLookalike {
  id: string;
  name: string;
  uscc: string;
  similarity: number;
}

/**
 * Enterprises as other contexts look them up: by a USCC or a name like another's (duplicate
 * warnings of leads), and the enterprise a landed project registers as.
 */
@Injectable()
export class EnterpriseLookup {
  constructor(
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * The same USCC, or a name whose core is similar (pg_trgm; the trigram index finds candidates).
   * Most similar first, at most `limit`.
   */
  async lookalikes(
    manager: EntityManager,
    name: string,
    uscc: string | null,
    limit = 5,
  ): Promise<EnterpriseLookalike[]> {
    const core = companyCore(name);
    const rows: { id: string; name: string; uscc: string; similarity: string }[] = await manager
      .createQueryBuilder(Enterprise, 'e')
      .select(['e.id AS id', 'e.name AS name', 'e.uscc AS uscc'])
      .addSelect(
        `CASE WHEN e.uscc = :uscc THEN 1 ELSE similarity(${companyCoreSql('e.name')}, :core) END`,
        'similarity',
      )
      .where(`e.uscc = :uscc`)
      .orWhere(`(e.name % :name OR e.name ILIKE :like) AND similarity(${companyCoreSql('e.name')}, :core) >= :min`)
      .setParameters({ uscc: uscc ?? '', name, core, like: containsPattern(core), noise: COMPANY_NAME_NOISE })
      .setParameter('min', SAME_COMPANY_SIMILARITY)
      .orderBy('similarity', 'DESC')
      .limit(limit)
      .getRawMany();
    return rows.map((row) => ({ ...row, similarity: Number(row.similarity) }));
  }

  /**
   * Enterprises in the district in one chain segment (chain coverage: 0 is a missing link). Sample
   * (demo) enterprises are not in the district: they do not fill a link.
   */
  countInSegment(manager: EntityManager, chainSegment: string): Promise<number> {
    return manager.count(Enterprise, { where: { chainSegment, sample: false } });
  }

  /** Enterprises per chain segment (one grouped query); samples only when asked. */
  async countsBySegment(manager: EntityManager, includeSample = false): Promise<Map<string, number>> {
    const query = manager
      .createQueryBuilder(Enterprise, 'e')
      .select('e.chainSegment', 'segment')
      .addSelect('count(*)::int', 'n')
      .where('e.chainSegment IS NOT NULL')
      .groupBy('e.chainSegment');
    if (!includeSample) query.andWhere('e.sample = false');
    const rows: { segment: string; n: number }[] = await query.getRawMany();
    return new Map(rows.map((row) => [row.segment, Number(row.n)]));
  }

  /** The enterprise of a USCC, created (its name and industry as given) when the district has none yet. */
  async ensureRegistered(
    manager: EntityManager,
    actor: Actor,
    input: { uscc: string; name: string; industry: string | null; chainSegment: string | null },
  ): Promise<string> {
    const existing = await manager.findOne(Enterprise, { where: { uscc: input.uscc }, select: { id: true } });
    if (existing) return existing.id;
    // The bureau copied these facts from its lead: recorded like imported data, with who entered them.
    const meta = { source: FactSource.IMPORTED, updatedAt: new Date().toISOString(), updatedBy: actor.userId };
    const facts = { industry: input.industry, chainSegment: input.chainSegment };
    const factMeta = Object.fromEntries(
      Object.entries(facts)
        .filter(([, value]) => value !== null)
        .map(([fact]) => [fact, meta]),
    );
    const enterprise = manager.create(Enterprise, { uscc: input.uscc, name: input.name, ...facts, factMeta });
    await manager.insert(Enterprise, enterprise);
    await this.audit.record(manager, actor, {
      action: 'enterprise.createFromLead',
      entity: 'Enterprise',
      entityId: enterprise.id,
      after: enterprise,
    });
    await this.outbox.enqueue(manager, ENTERPRISE_FACTS_CHANGED, { enterpriseIds: [enterprise.id] });
    return enterprise.id;
  }
}
