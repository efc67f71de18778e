import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity.js';
import { numericTransformer } from '../../core/database/numeric.transformer.js';
import { User } from '../../core/users/user.entity.js';
import { Enterprise } from '../enterprises/enterprise.entity.js';
import { Ownership } from '../enterprises/enterprise.enums.js';
import { Park } from '../parks/park.entity.js';
import { PollutionCategory } from '../parks/park.enums.js';
import type { LeadScoreComponent } from '#matching';
import { LeadSource, LeadStage, LeadTargetFlag } from './lead.enums.js';

const money = { type: 'numeric', nullable: true, transformer: numericTransformer } as const;
const date = { type: 'date', nullable: true } as const;

/** A person to talk to at the prospect. */
@ObjectType()
export class LeadContact {
  @Field() name: string;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
}

/**
 * An investment lead and, once it lands, the project it became (招商线索 / 项目): the prospect, the
 * plan's target flags, where it came from, what it would bring (money in yuan, land in 亩, floor in
 * m²), the bureau's follow-up, the commitments signed and the stage in the pipeline. Staff only.
 */
@ObjectType({ description: '招商线索/项目: an investment lead, from first contact to an operating plant.' })
@Entity('leads')
// Trigram index for Chinese substring search and duplicate detection; created in the migration.
@Index('IDX_leads_company_name_trgm', { synchronize: false })
// The list's order (createdAt, id), alone and within a stage (a kanban column).
@Index('IDX_leads_created_id', ['createdAt', 'id'])
@Index('IDX_leads_stage_created_id', ['stage', 'createdAt', 'id'])
@Index(['ownerId', 'nextActionDate'])
@Index(['uscc'])
@Index(['responseDueAt'], { where: '"firstResponseAt" IS NULL' })
// The list's newest-first order, within each flag the list filters on.
@Index('IDX_leads_shortfall_created', ['createdAt'], { where: '"commitmentShortfall"' })
@Index('IDX_leads_expansion_created', ['createdAt'], { where: '"expansionIntent"' })
@Index('IDX_leads_at_risk_created', ['createdAt'], { where: '"atRisk"' })
@Check('lead_numbers_not_negative', LEAD_NUMBERS_NOT_NEGATIVE())
@Check('lead_probability_percent', '"probability" IS NULL OR "probability" BETWEEN 0 AND 100')
export class Lead extends BaseEntity {
  @Field()
  @Column({ type: 'varchar', length: 200 })
  companyName: string;

  @Field(() => String, { nullable: true, description: '统一社会信用代码 when known.' })
  @Column({ type: 'varchar', length: 18, nullable: true })
  uscc: string | null;

  @Field(() => String, { nullable: true, description: 'Province (in China) or country the prospect comes from.' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  origin: string | null;

  @Field(() => Ownership, { nullable: true })
  @Column({ type: 'varchar', length: 16, nullable: true })
  ownership: Ownership | null;

  @Field(() => [LeadTargetFlag])
  @Column({ type: 'varchar', array: true, default: '{}' })
  targetFlags: LeadTargetFlag[];

  @Field(() => [LeadContact])
  @Column({ type: 'jsonb', default: () => "'[]'" })
  contacts: LeadContact[];

  @Field(() => LeadSource)
  @Column({ type: 'varchar', length: 32 })
  source: LeadSource;

  @Field(() => String, { nullable: true, description: 'E.g. the 对口援疆 partner province or the fair.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  sourceDetail: string | null;

  @Field(() => String, { nullable: true, description: 'Industry code (Industry.code).' })
  @Index()
  @Column({ type: 'varchar', length: 64, nullable: true })
  industryCode: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 96, nullable: true })
  chainSegment: string | null;

  @Field()
  @Column({ type: 'text', default: '' })
  summary: string;

  @Field(() => Float, { nullable: true, description: 'Planned investment, yuan.' })
  @Column(money)
  plannedInvestment: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  jobs: number | null;

  @Field(() => Float, { nullable: true, description: 'Expected annual tax, yuan.' })
  @Column(money)
  expectedAnnualTax: number | null;

  @Field(() => Float, { nullable: true, description: 'Land needed, mu (亩).' })
  @Column(money)
  landMu: number | null;

  @Field(() => Float, { nullable: true, description: 'Floor space needed, m².' })
  @Column(money)
  floorSqm: number | null;

  @Field(() => PollutionCategory, {
    nullable: true,
    description: 'Of the project (the 三高 screen and the green score).',
  })
  @Column({ type: 'varchar', length: 8, nullable: true })
  pollutionCategory: PollutionCategory | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  targetParkId: string | null;

  @ManyToOne(() => Park, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'targetParkId' })
  targetPark?: Park | null;

  @Field(() => ID, { nullable: true, description: 'The staff member who follows the lead.' })
  @Column({ type: 'uuid', nullable: true })
  ownerId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'ownerId' })
  owner?: User | null;

  @Field(() => Int, { nullable: true, description: 'Chance of signing, %.' })
  @Column({ type: 'int', nullable: true })
  probability: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column(date)
  expectedSigningDate: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  nextAction: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; past it the lead is overdue for its owner.' })
  @Column(date)
  nextActionDate: string | null;

  @Field(() => [String])
  @Column({ type: 'varchar', array: true, default: '{}' })
  tags: string[];

  @Field(() => ID, { nullable: true, description: 'The enterprise in the district (expansion, or once registered).' })
  @Column({ type: 'uuid', nullable: true })
  enterpriseId: string | null;

  @ManyToOne(() => Enterprise, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'enterpriseId' })
  enterprise?: Enterprise | null;

  // ── Inbound enquiry: answered within ENQUIRY_RESPONSE_WORKING_DAYS ───────────────────

  @Field(() => Date, {
    nullable: true,
    description: 'When an inbound enquiry arrived (null for leads the bureau found).',
  })
  @Column({ type: 'timestamptz', nullable: true })
  enquiryReceivedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'The first answer is due by then.' })
  @Column({ type: 'timestamptz', nullable: true })
  responseDueAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'The first activity or stage move after the enquiry.' })
  @Column({ type: 'timestamptz', nullable: true })
  firstResponseAt: Date | null;

  // ── Pipeline ────────────────────────────────────────────────────────────────────────────

  @Field(() => LeadStage)
  @Column({ type: 'varchar', length: 16, default: LeadStage.LEAD })
  stage: LeadStage;

  @Field({ description: 'When the lead entered its current stage.' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  stageChangedAt: Date;

  @Field(() => LeadStage, { nullable: true, description: 'The stage a LOST lead was lost from (it reopens there).' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  lostFromStage: LeadStage | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  lostReason: string | null;

  // ── Commitments (SIGNED) and milestones ─────────────────────────────────────────────────

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column(date)
  signedOn: string | null;

  @Field(() => Float, { nullable: true, description: 'Contracted investment, yuan.' })
  @Column(money)
  contractedInvestment: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'int', nullable: true })
  contractedJobs: number | null;

  @Field(() => Float, { nullable: true, description: 'Contracted tax per year, yuan.' })
  @Column(money)
  contractedAnnualTax: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column(date)
  constructionStartedOn: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column(date)
  operatingSince: string | null;

  // ── Commitments vs actuals and aftercare (lead-commitments.ts, lead-aftercare.service.ts) ─────

  @Field({
    description: 'Actuals fall short of a commitment by more than COMMITMENT_SHORTFALL_SHARE (see commitments).',
  })
  @Column({ type: 'boolean', default: false })
  commitmentShortfall: boolean;

  @Field({ description: '扩产意向: the operating project means to expand.' })
  @Column({ type: 'boolean', default: false })
  expansionIntent: boolean;

  @Field({ description: '经营风险: the operating project is at risk (see atRiskReason).' })
  @Column({ type: 'boolean', default: false })
  atRisk: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  atRiskReason: string | null;

  @Field(() => Int, { nullable: true, description: 'Priority score 0–100 (see scoreComponents); computed in a job.' })
  @Column({ type: 'int', nullable: true })
  score: number | null;

  /** The score's named parts as the engine gave them (both languages); localized by the resolver. */
  @Column({ type: 'jsonb', nullable: true })
  scoreComponents: LeadScoreComponent[] | null;

  @Field({ description: 'Demo data, not a real lead.' })
  @Column({ type: 'boolean', default: false })
  sample: boolean;

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;
}

function LEAD_NUMBERS_NOT_NEGATIVE(): string {
  const columns = [
    'plannedInvestment',
    'jobs',
    'expectedAnnualTax',
    'landMu',
    'floorSqm',
    'contractedInvestment',
    'contractedJobs',
    'contractedAnnualTax',
  ];
  return columns.map((c) => `("${c}" IS NULL OR "${c}" >= 0)`).join(' AND ');
}
