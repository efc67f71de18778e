import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-type-json';
import { Check, Column, Entity, Index } from 'typeorm';
import { staffOnlyValue } from '../../core/auth/staff-only-value.js';
import { BaseEntity } from '../../core/database/base.entity.js';
import { numericTransformer } from '../../core/database/numeric.transformer.js';
import { Tier } from '../parks/park.enums.js';
import { PolicyKind, PolicyStatus } from './policy.enums.js';
import { PolicyTestCase } from './policy-test-case.type.js';

/** A JsonLogic rule as stored: any JSON value (a literal is a rule too, e.g. a benefit of 0). */
export type JsonRule = object | string | number | boolean | null;

/**
 * One version of a policy. A policy code is a chain of versions 1, 2, …: at most one PUBLISHED and
 * at most one DRAFT per code (partial unique indexes). PUBLISHED and RETIRED versions are never
 * changed again (except PUBLISHED → RETIRED); editing one writes the chain's next DRAFT.
 */
@ObjectType()
@Entity('policies')
@Index('UQ_policies_code_version', ['code', 'version'], { unique: true })
@Index('UQ_policies_one_published', ['code'], { unique: true, where: `"status" = 'PUBLISHED'` })
@Index('UQ_policies_one_draft', ['code'], { unique: true, where: `"status" = 'DRAFT'` })
@Index('IDX_policies_status', ['status'])
@Check('policy_version_positive', '"version" >= 1')
@Check('policy_max_benefit_not_negative', '"maxBenefit" IS NULL OR "maxBenefit" >= 0')
export class Policy extends BaseEntity {
  @Field()
  @Column({ type: 'varchar', length: 64 })
  code: string;

  @Field(() => Int, { description: 'The policy version: 1, 2, … within one code.' })
  @Column({ type: 'int' })
  version: number;

  @Field(() => PolicyStatus)
  @Column({ type: 'varchar', length: 16 })
  status: PolicyStatus;

  @Field(() => PolicyKind)
  @Column({ type: 'varchar', length: 16 })
  kind: PolicyKind;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field()
  @Column({ type: 'varchar', length: 300 })
  titleEn: string;

  @Field()
  @Column({ type: 'text', default: '' })
  summary: string;

  @Field()
  @Column({ type: 'text', default: '' })
  summaryEn: string;

  @Field()
  @Column({ type: 'varchar', length: 200, default: '' })
  issuingDepartment: string;

  @Field({ description: '发文字号; empty where there is none.' })
  @Column({ type: 'varchar', length: 100, default: '' })
  documentNumber: string;

  @Field()
  @Column({ type: 'varchar', length: 500, default: '' })
  sourceUrl: string;

  @Field(() => [String], { description: 'Industry codes, for filtering and display (the criteria decide).' })
  @Column({ type: 'text', array: true, default: '{}' })
  targetIndustries: string[];

  @Field(() => [String], { description: 'Park codes, for filtering and display.' })
  @Column({ type: 'text', array: true, default: '{}' })
  targetParks: string[];

  @Field(() => [Tier])
  @Column({ type: 'text', array: true, default: '{}' })
  targetTiers: Tier[];

  @Field(() => GraphQLJSON, { description: 'Eligibility criteria: JsonLogic over the fact vocabulary.' })
  @Column({ type: 'jsonb' })
  criteria: JsonRule;

  @Field(() => GraphQLJSON, { description: 'Estimated benefit in yuan: JsonLogic arithmetic over facts.' })
  @Column({ type: 'jsonb' })
  benefitFormula: JsonRule;

  @Field(() => Float, { nullable: true, description: 'Cap of the benefit in yuan; null = no cap.' })
  @Column({ type: 'numeric', nullable: true, transformer: numericTransformer })
  maxBenefit: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Policies of one group pay at most the largest benefit, not the sum.',
  })
  @Column({ type: 'varchar', length: 64, nullable: true })
  stackingGroup: string | null;

  @Field(() => String, { nullable: true, description: "'YYYY-MM-DD'" })
  @Column({ type: 'date', nullable: true })
  applicationDeadline: string | null;

  @Field(() => String, { nullable: true, description: "'YYYY-MM-DD'; evaluations before it are INELIGIBLE." })
  @Column({ type: 'date', nullable: true })
  effectiveFrom: string | null;

  @Field(() => String, { nullable: true, description: "'YYYY-MM-DD'; evaluations after it are INELIGIBLE." })
  @Column({ type: 'date', nullable: true })
  effectiveTo: string | null;

  @Field({ description: 'True where the plan gives no numbers: thresholds and amounts are illustrations.' })
  @Column({ type: 'boolean', default: false })
  isExample: boolean;

  @Field(() => [PolicyTestCase])
  @Column({ type: 'jsonb', default: [] })
  testCases: PolicyTestCase[];

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Field(() => ID, {
    nullable: true,
    description: 'User id, for staff; others see only their own, else null (see publishedByName).',
    middleware: [staffOnlyValue],
  })
  @Column({ type: 'uuid', nullable: true })
  publishedById: string | null;

  @Field(() => String, { nullable: true, description: 'ENGINE_VERSION of libs/matching when it was published.' })
  @Column({ type: 'varchar', length: 32, nullable: true })
  engineVersion: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  retiredAt: Date | null;

  @Field(() => Int, { description: 'Optimistic-lock counter of this row (not the policy version).' })
  @Column({ type: 'int', default: 1 })
  rowVersion: number;
}
