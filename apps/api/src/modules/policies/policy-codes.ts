import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CodeLabeler, LocalizedText } from '#matching';
import { DataSource, type EntityManager } from 'typeorm';
import { ChainSegment } from '../industries/chain-segment.entity.js';
import { Industry } from '../industries/industry.entity.js';
import { Park } from '../parks/park.entity.js';
import type { KnownCodes } from './policy-rules.js';

/**
 * The industry, chain-segment and park codes a rule may name, read from the database (the plan's
 * reference data plus parks the admins added), with their labels for rules in words.
 */
@Injectable()
export class PolicyCodes {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** With a transaction's manager inside a transaction (embedded PGlite has one connection). */
  async known(manager: EntityManager = this.dataSource.manager): Promise<KnownCodes> {
    // One after the other: a transaction (and embedded PGlite) has a single connection.
    const industries = await manager.find(Industry, { select: { code: true, name: true, nameEn: true } });
    const segments = await manager.find(ChainSegment, { select: { code: true, name: true, nameEn: true } });
    const parks = await manager.find(Park, { select: { code: true, name: true, nameEn: true } });
    const maps: Record<string, Map<string, LocalizedText>> = {
      industry: new Map(industries.map((i) => [i.code, { zh: i.name, en: i.nameEn }])),
      chainSegment: new Map(segments.map((s) => [s.code, { zh: s.name, en: s.nameEn }])),
      parkCode: new Map(parks.map((p) => [p.code, { zh: p.name, en: p.nameEn }])),
    };
    const labels: CodeLabeler = (fact, code) => maps[fact]?.get(code);
    return {
      industries: industries.map((i) => i.code),
      segments: segments.map((s) => s.code),
      parks: parks.map((p) => p.code),
      labels,
    };
  }
}
