import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Ownership } from '../../enterprises/enterprise.enums.js';
import { PollutionCategory } from '../../parks/park.enums.js';
import { LeadTargetFlag } from '../lead.enums.js';
import { dayMessage, ISO_DAY } from '../../../core/graphql/iso-day.js';

@InputType()
export class LeadContactInput {
  @Field()
  @IsString()
  @MaxLength(100)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;
}

/**
 * The details of a lead everyone may set at any stage; money in yuan, land in 亩, floor in m².
 * Creating and updating share them (`CreateLeadInput`, `UpdateLeadInput`).
 */
@InputType({ isAbstract: true })
export abstract class LeadDetailsInput {
  @Field(() => String, { nullable: true, description: '统一社会信用代码' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  uscc?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  origin?: string | null;

  @Field(() => Ownership, { nullable: true })
  @IsOptional()
  @IsEnum(Ownership)
  ownership?: Ownership | null;

  @Field(() => [LeadTargetFlag], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(LeadTargetFlag, { each: true })
  targetFlags?: LeadTargetFlag[] | null;

  @Field(() => [LeadContactInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => LeadContactInput)
  contacts?: LeadContactInput[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  sourceDetail?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  industryCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(96)
  chainSegment?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  summary?: string | null;

  @Field(() => Float, { nullable: true, description: 'Yuan.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1e15)
  plannedInvestment?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  jobs?: number | null;

  @Field(() => Float, { nullable: true, description: 'Yuan a year.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1e15)
  expectedAnnualTax?: number | null;

  @Field(() => Float, { nullable: true, description: 'Mu (亩).' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100_000)
  landMu?: number | null;

  @Field(() => Float, { nullable: true, description: 'm².' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(10_000_000)
  floorSqm?: number | null;

  @Field(() => PollutionCategory, { nullable: true })
  @IsOptional()
  @IsEnum(PollutionCategory)
  pollutionCategory?: PollutionCategory | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  targetParkId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A staff member; the creator when left out on create.' })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @Field(() => Int, { nullable: true, description: '%' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  probability?: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(ISO_DAY, dayMessage('expectedSigningDate'))
  expectedSigningDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  nextAction?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(ISO_DAY, dayMessage('nextActionDate'))
  nextActionDate?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  tags?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'An enterprise already in the district (expansion).' })
  @IsOptional()
  @IsUUID()
  enterpriseId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(ISO_DAY, dayMessage('signedOn'))
  signedOn?: string | null;

  @Field(() => Float, { nullable: true, description: 'Yuan.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1e15)
  contractedInvestment?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  contractedJobs?: number | null;

  @Field(() => Float, { nullable: true, description: 'Yuan a year.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1e15)
  contractedAnnualTax?: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(ISO_DAY, dayMessage('constructionStartedOn'))
  constructionStartedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(ISO_DAY, dayMessage('operatingSince'))
  operatingSince?: string | null;
}
