import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LeadActual } from './lead-actual.entity.js';
import { CommitmentMeasure } from './lead-commitments.js';

registerEnumType(CommitmentMeasure, {
  name: 'CommitmentMeasure',
  description: 'INVESTMENT 到资 · JOBS 新增就业 · TAX 纳税',
});

@ObjectType({ description: 'A commitment the actuals fall short of by more than the allowed share.' })
export class CommitmentShortfall {
  @Field(() => CommitmentMeasure) measure: CommitmentMeasure;
  @Field(() => Int, { nullable: true, description: 'The tax year; null for the cumulative measures.' })
  year: number | null;
  @Field(() => Float, { description: 'Yuan, or people for JOBS.' }) committed: number;
  @Field(() => Float) actual: number;
  @Field(() => Float, { description: 'How far short, as a share of the commitment (0.4 = 40 %).' }) share: number;
  @Field({ description: 'In the caller’s language.' }) message: string;
}

/** The contract (SIGNED) against what the project delivered, year by year. */
@ObjectType({ description: '承诺与实绩: contracted investment, jobs and tax against the recorded actuals.' })
export class LeadCommitments {
  @Field(() => String, { nullable: true }) signedOn: string | null;
  @Field(() => Float, { nullable: true, description: 'Yuan.' }) contractedInvestment: number | null;
  @Field(() => Int, { nullable: true }) contractedJobs: number | null;
  @Field(() => Float, { nullable: true, description: 'Yuan per year.' }) contractedAnnualTax: number | null;
  @Field(() => Float, { description: 'Cumulative 到资, yuan.' }) investmentPaid: number;
  @Field(() => Int, { description: 'Cumulative hires.' }) hires: number;
  @Field(() => Float, { description: 'Tax paid over all recorded years, yuan.' }) taxPaid: number;
  @Field(() => [LeadActual], { description: 'Recorded years, oldest first.' }) years: LeadActual[];
  @Field(() => [CommitmentShortfall]) shortfalls: CommitmentShortfall[];
  @Field(() => Float, { description: 'COMMITMENT_SHORTFALL_SHARE: how far short is tolerated.' })
  allowedShare: number;
  @Field({ description: 'Actuals may be recorded (the lead is SIGNED or beyond).' }) recordable: boolean;
}
