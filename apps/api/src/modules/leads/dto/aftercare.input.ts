import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsBoolean,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { dayMessage, ISO_DAY } from '../../../core/graphql/iso-day.js';

/** One year's results of a landed project; money in yuan. A blank figure is "not reported". */
@InputType()
export class LeadActualInput {
  @Field(() => Int, { description: 'Calendar year the figures cover.' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => Float, { nullable: true, description: '到资 that year, yuan.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1e14)
  investmentPaid?: number | null;

  @Field(() => Int, { nullable: true, description: 'People hired that year.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  hires?: number | null;

  @Field(() => Float, { nullable: true, description: 'Tax paid that year, yuan.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1e14)
  taxPaid?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

@InputType()
export class ScheduleAftercareVisitInput {
  @Field({ description: 'YYYY-MM-DD' })
  @Matches(ISO_DAY, dayMessage('dueOn'))
  dueOn: string;

  @Field(() => ID, { nullable: true, description: 'Who is to visit (a staff member); the lead’s owner by default.' })
  @IsOptional()
  @IsUUID()
  assigneeId?: string | null;
}

@InputType()
export class CompleteAftercareVisitInput {
  @Field({ description: 'YYYY-MM-DD: when the visit took place.' })
  @Matches(ISO_DAY, dayMessage('doneOn'))
  doneOn: string;

  @Field({ description: 'What the visit found.' })
  @IsString()
  @MaxLength(4000)
  summary: string;
}

/** 扩产意向 and 经营风险; a flag left out stays as it is. */
@InputType()
export class LeadAftercareFlagsInput {
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  expansionIntent?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  atRisk?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Required when atRisk is true.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  atRiskReason?: string | null;
}
