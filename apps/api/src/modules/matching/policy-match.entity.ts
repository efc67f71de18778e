import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-type-json';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { numericTransformer } from '../../core/database/numeric.transformer.js';
import { Enterprise } from '../enterprises/enterprise.entity.js';
import { Outcome } from '../policies/policy.enums.js';
import { Policy } from '../policies/policy.entity.js';

/** A near miss as stored: the numbers only; its words are recomputed on read. */
export interface StoredGap {
  fact: string;
  value: number;
  threshold: number;
  gap: number;
  direction: 'short' | 'over';
}

/**
 * One enterprise against one policy version (each version is its own policies row), upserted on
 * that natural key. What lists and sorts need is stored; the explanation (~4 KB) is recomputed on
 * read from the enterprise's stored facts. `factsHash` covers facts, policy version and day, so an
 * unchanged re-run writes nothing.
 */
@ObjectType('PolicyQualifier', { description: 'An enterprise as one policy version found it (staff lists).' })
@Entity('policy_matches')
@Index('UQ_policy_matches_enterprise_policy', ['enterpriseId', 'policyId'], { unique: true })
@Index('IDX_policy_matches_policy_outcome_benefit', ['policyId', 'outcome', 'benefit', 'id'])
// The list of every outcome (and its export) in benefit order; the one above serves one outcome.
@Index('IDX_policy_matches_policy_benefit', ['policyId', 'benefit', 'id'])
@Index('IDX_policy_matches_policy_near_miss', ['policyId', 'benefit', 'id'], { where: '"nearMiss"' })
export class PolicyMatchRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  enterpriseId: string;

  @ManyToOne(() => Enterprise, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enterpriseId' })
  enterprise?: Enterprise;

  @Field(() => ID, { description: 'The policy version (row) matched.' })
  @Column({ type: 'uuid' })
  policyId: string;

  @ManyToOne(() => Policy, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'policyId' })
  policy?: Policy;

  @Field(() => Outcome)
  @Column({ type: 'varchar', length: 16 })
  outcome: Outcome;

  @Field(() => Float, { description: 'Estimated yuan; 0 unless ELIGIBLE.' })
  @Column({ type: 'numeric', default: 0, transformer: numericTransformer })
  benefit: number;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: '{}' })
  missingFacts: string[];

  @Field(() => GraphQLJSON, {
    description: 'Failing numeric conditions: [{ fact, value, threshold, gap, direction }].',
  })
  @Column({ type: 'jsonb', default: [] })
  gaps: StoredGap[];

  @Field({ description: 'INELIGIBLE only for one or two numeric conditions, each with its gap.' })
  @Column({ type: 'boolean', default: false })
  nearMiss: boolean;

  @Column({ type: 'varchar', length: 64 })
  factsHash: string;

  @Field()
  @Column({ type: 'varchar', length: 32 })
  engineVersion: string;

  @Field({ description: "'YYYY-MM-DD' the match was evaluated as of." })
  @Column({ type: 'date' })
  asOf: string;

  @Field()
  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
