import { Injectable } from '@nestjs/common';
import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import type { EntityManager } from 'typeorm';
import { containsPattern } from '../../core/database/escape-like.js';
import {
  COMPANY_NAME_NOISE,
  companyCore,
  companyCoreSql,
  SAME_COMPANY_SIMILARITY,
} from '../../core/text/company-name.js';
import { EnterpriseLookup } from '../enterprises/enterprise-lookup.service.js';
import { LeadStage } from './lead.enums.js';
import { Lead } from './lead.entity.js';

@ObjectType({ description: 'An existing lead that may be the same company.' })
export class DuplicateLead {
  @Field(() => ID) id: string;
  @Field() companyName: string;
  @Field(() => String, { nullable: true }) uscc: string | null;
  @Field(() => LeadStage) stage: LeadStage;
  @Field(() => Float, { description: '1 for the same USCC, else the similarity of the names (0–1).' })
  similarity: number;
}

@ObjectType({ description: 'An enterprise in the district that may be the same company.' })
export class DuplicateEnterprise {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() uscc: string;
  @Field(() => Float) similarity: number;
}

@ObjectType({ description: 'Leads and enterprises that may be the same company as a new lead.' })
export class LeadDuplicates {
  @Field(() => [DuplicateLead]) leads: DuplicateLead[];
  @Field(() => [DuplicateEnterprise]) enterprises: DuplicateEnterprise[];
}

/**
 * Likely duplicates of a company: the same USCC, or a name whose core (no region, no legal form)
 * is similar by pg_trgm — 新疆某某科技有限公司 and 新疆某某科技股份有限公司 are one company.
 */
@Injectable()
export class LeadDuplicatesService {
  constructor(private readonly enterprises: EnterpriseLookup) {}

  async find(
    manager: EntityManager,
    companyName: string,
    uscc: string | null,
    excludeLeadId: string | null = null,
  ): Promise<LeadDuplicates> {
    const core = companyCore(companyName);
    const leads: (Omit<DuplicateLead, 'similarity'> & { similarity: string })[] = await manager
      .createQueryBuilder(Lead, 'l')
      .select(['l.id AS id', 'l.companyName AS "companyName"', 'l.uscc AS uscc', 'l.stage AS stage'])
      .addSelect(
        `CASE WHEN l.uscc = :uscc THEN 1 ELSE similarity(${companyCoreSql('l.companyName')}, :core) END`,
        'similarity',
      )
      .where(
        `(l.uscc = :uscc OR ((l.companyName % :name OR l.companyName ILIKE :like) ` +
          `AND similarity(${companyCoreSql('l.companyName')}, :core) >= :min))`,
      )
      .andWhere('l.id <> :exclude')
      .setParameters({
        uscc: uscc ?? '',
        name: companyName,
        core,
        like: containsPattern(core),
        noise: COMPANY_NAME_NOISE,
        min: SAME_COMPANY_SIMILARITY,
        exclude: excludeLeadId ?? '00000000-0000-0000-0000-000000000000',
      })
      .orderBy('similarity', 'DESC')
      .limit(5)
      .getRawMany();
    return {
      leads: leads.map((row) => ({ ...row, similarity: Number(row.similarity) })),
      enterprises: await this.enterprises.lookalikes(manager, companyName, uscc),
    };
  }
}
