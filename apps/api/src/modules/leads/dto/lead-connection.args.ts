import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { LeadSource, LeadStage } from '../lead.enums.js';

@InputType()
export class LeadFilter {
  @Field(() => String, { nullable: true, description: 'A substring of the company name (Chinese included).' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;

  @Field(() => LeadStage, { nullable: true })
  @IsOptional()
  @IsEnum(LeadStage)
  stage?: LeadStage | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  ownerId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  industryCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Chain segment code (the chain-coverage map links here).' })
  @IsOptional()
  @IsString()
  @MaxLength(96)
  chainSegment?: string | null;

  @Field(() => ID, { nullable: true, description: 'The target park.' })
  @IsOptional()
  @IsUUID()
  parkId?: string | null;

  @Field(() => LeadSource, { nullable: true })
  @IsOptional()
  @IsEnum(LeadSource)
  source?: LeadSource | null;

  @Field(() => Boolean, { nullable: true, description: 'Only leads whose next action date has passed.' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only inbound enquiries still unanswered past their deadline.' })
  @IsOptional()
  @IsBoolean()
  enquiryOverdue?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only landed projects whose actuals fall short of a commitment (see Lead.commitments).',
  })
  @IsOptional()
  @IsBoolean()
  shortfall?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only projects flagged 扩产意向 (expansion).' })
  @IsOptional()
  @IsBoolean()
  expansionIntent?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only projects flagged 经营风险 (at risk).' })
  @IsOptional()
  @IsBoolean()
  atRisk?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only projects whose planned aftercare visit is past due.' })
  @IsOptional()
  @IsBoolean()
  aftercareOverdue?: boolean | null;
}

@ArgsType()
export class LeadConnectionArgs extends PageArgs {
  @Field(() => LeadFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LeadFilter)
  filter?: LeadFilter;
}
