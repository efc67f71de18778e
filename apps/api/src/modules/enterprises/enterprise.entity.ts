import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity.js';
import { numericTransformer } from '../../core/database/numeric.transformer.js';
import { PollutionCategory, Tier } from '../parks/park.enums.js';
import { FactSource, Ownership } from './enterprise.enums.js';

/** Where one fact's value came from and when it was last set (`Enterprise.factMeta`, jsonb). */
export interface FactMetaEntry {
  source: FactSource;
  /** ISO timestamp of the last change (or verification). */
  updatedAt: string;
  /** The user who entered it; null for the system (seed, import by nobody). */
  updatedBy: string | null;
  verifiedBy?: string | null;
  verifiedAt?: string | null;
}

const money = { type: 'numeric', nullable: true, transformer: numericTransformer } as const;

/**
 * The one-file profile of an enterprise (一企一档). Every stored fact of the vocabulary is a
 * nullable column named like the fact: a fact never entered is NULL, not 0. `factMeta` records
 * per fact where the value came from and when; `enterprise_profile_changes` keeps the history.
 */
@ObjectType({ description: '一企一档: an enterprise with the stored facts every match is computed from.' })
@Entity('enterprises')
// Trigram index for Chinese substring search on the name; created in the migration (TypeORM
// cannot express the operator class), so it is skipped by schema diffs.
@Index('IDX_enterprises_name_trgm', { synchronize: false })
// A park's tenants page by name (parkTenants).
@Index(['parkCode', 'name', 'id'])
// The list's newest-first order (paginate orders by the sort column and the id).
@Index('IDX_enterprises_created_id', ['createdAt', 'id'])
@Check('enterprise_numbers_not_negative', NON_NEGATIVE_CHECK())
export class Enterprise extends BaseEntity {
  @Field({ description: '统一社会信用代码 (GB 32100-2015), upper case.' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 18 })
  uscc: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 100, nullable: true })
  contactName: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 50, nullable: true })
  contactPhone: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 254, nullable: true })
  contactEmail: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  address: string | null;

  // ── Stored facts (DESIGN "Fact vocabulary"); the column names are the fact names ──────────

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  registeredAt: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  employees: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  techStaff: number | null;

  @Field(() => Float, { nullable: true, description: 'Last fiscal year, yuan.' })
  @Column(money)
  revenue: number | null;

  @Field(() => Float, { nullable: true, description: 'Last fiscal year, yuan.' })
  @Column(money)
  rdExpense: number | null;

  @Field(() => Float, { nullable: true, description: 'Sum of the last three fiscal years, yuan.' })
  @Column(money)
  revenue3y: number | null;

  @Field(() => Float, { nullable: true, description: 'Sum of the last three fiscal years, yuan.' })
  @Column(money)
  rdExpense3y: number | null;

  @Field(() => Float, { nullable: true })
  @Column(money)
  highTechRevenue: number | null;

  @Field(() => Float, { nullable: true })
  @Column(money)
  totalAssets: number | null;

  @Field(() => Int, { nullable: true, description: 'Class I IP (invention patents etc.).' })
  @Column({ type: 'int', nullable: true })
  inventionPatents: number | null;

  @Field(() => Int, { nullable: true, description: 'Class II IP (utility models, software copyrights etc.).' })
  @Column({ type: 'int', nullable: true })
  otherIp: number | null;

  @Field(() => Float, { nullable: true })
  @Column(money)
  taxPaid: number | null;

  @Field(() => String, { nullable: true, description: 'Industry code (Industry.code).' })
  @Index()
  @Column({ type: 'varchar', length: 64, nullable: true })
  industry: string | null;

  @Field(() => String, { nullable: true, description: 'Chain segment code of that industry.' })
  @Column({ type: 'varchar', length: 96, nullable: true })
  chainSegment: string | null;

  @Field(() => Tier, { nullable: true })
  @Index()
  @Column({ type: 'varchar', length: 16, nullable: true })
  tier: Tier | null;

  @Field(() => Ownership, { nullable: true })
  @Column({ type: 'varchar', length: 16, nullable: true })
  ownership: Ownership | null;

  @Field(() => Boolean, { nullable: true })
  @Column({ type: 'boolean', nullable: true })
  isHighTechCertified: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Registered in the High-tech Zone (Xinshi District).' })
  @Column({ type: 'boolean', nullable: true })
  inZone: boolean | null;

  @Field(() => String, { nullable: true, description: 'Code of the park the enterprise is in (Park.code).' })
  @Index()
  @Column({ type: 'varchar', length: 64, nullable: true })
  parkCode: string | null;

  @Field(() => Float, { nullable: true, description: 'Tonnes of coal equivalent a year.' })
  @Column(money)
  energyTce: number | null;

  @Field(() => PollutionCategory, { nullable: true })
  @Column({ type: 'varchar', length: 8, nullable: true })
  pollutionCategory: PollutionCategory | null;

  @Field(() => Boolean, { nullable: true })
  @Column({ type: 'boolean', nullable: true })
  seriousDishonesty: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @Column({ type: 'boolean', nullable: true })
  majorIncidentLastYear: boolean | null;

  // ── Bookkeeping ─────────────────────────────────────────────────────────────────────────

  /** Per fact: source, last update, verification (exposed as `factMeta` by the resolver). */
  @Column({ type: 'jsonb', default: {} })
  factMeta: Record<string, FactMetaEntry>;

  @Field({ description: 'Demo data, not a real enterprise.' })
  @Column({ type: 'boolean', default: false })
  sample: boolean;

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;
}

/** Numbers of the vocabulary are never negative; the database says so too. */
function NON_NEGATIVE_CHECK(): string {
  return [
    'employees',
    'techStaff',
    'revenue',
    'rdExpense',
    'revenue3y',
    'rdExpense3y',
    'highTechRevenue',
    'totalAssets',
    'inventionPatents',
    'otherIp',
    'taxPaid',
    'energyTce',
  ]
    .map((column) => `("${column}" IS NULL OR "${column}" >= 0)`)
    .join(' AND ');
}
