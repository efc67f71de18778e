import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity.js';
import { numericTransformer } from '../../core/database/numeric.transformer.js';
import { Lead } from './lead.entity.js';

const money = { type: 'numeric', nullable: true, transformer: numericTransformer } as const;

/**
 * What a landed project actually delivered in one year (到资, hires, tax paid), recorded by the bureau
 * after landing and compared with the contract's commitments. One row per lead and year.
 */
@ObjectType({ description: 'A landed project’s results for one year (到资 / 新增就业 / 纳税).' })
@Entity('lead_actuals')
@Unique('UQ_lead_actuals_lead_year', ['leadId', 'year'])
@Check(
  'lead_actuals_not_negative',
  '("investmentPaid" IS NULL OR "investmentPaid" >= 0) AND ("hires" IS NULL OR "hires" >= 0) AND ("taxPaid" IS NULL OR "taxPaid" >= 0)',
)
export class LeadActual extends BaseEntity {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  leadId: string;

  @ManyToOne(() => Lead, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'leadId' })
  lead?: Lead;

  @Field(() => Int, { description: 'Calendar year the figures cover.' })
  @Column({ type: 'int' })
  year: number;

  @Field(() => Float, { nullable: true, description: 'Investment actually paid in (到资) that year, yuan.' })
  @Column(money)
  investmentPaid: number | null;

  @Field(() => Int, { nullable: true, description: 'People hired that year.' })
  @Column({ type: 'int', nullable: true })
  hires: number | null;

  @Field(() => Float, { nullable: true, description: 'Tax paid that year, yuan.' })
  @Column(money)
  taxPaid: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => ID, { nullable: true, description: 'Who recorded the figures.' })
  @Column({ type: 'uuid', nullable: true })
  recordedById: string | null;

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;
}
