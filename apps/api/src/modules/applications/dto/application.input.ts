import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
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
import { INFRASTRUCTURE_TAG_CODES } from '#plan-data';
import { PollutionCategory } from '../../parks/park.enums.js';
import { ApplicationKind } from '../application.enums.js';
import { dayMessage, ISO_DAY } from '../../../core/graphql/iso-day.js';

/**
 * An application as the enterprise writes it. LAND needs `landMu`; FACTORY, OFFICE and
 * INCUBATOR_SEAT need `floorSqm`. `draft: true` keeps it as a DRAFT, to finish later.
 */
@InputType()
export class ApplicationInput {
  @Field(() => ApplicationKind)
  @IsEnum(ApplicationKind)
  kind: ApplicationKind;

  @Field(() => Float, { nullable: true, description: 'Land needed, mu (亩); for LAND.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100_000)
  landMu?: number | null;

  @Field(() => Float, { nullable: true, description: 'Floor space needed, m²; for FACTORY, OFFICE, INCUBATOR_SEAT.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(10_000_000)
  floorSqm?: number | null;

  @Field(() => [ID], { nullable: true, description: 'Preferred parks, in order of preference.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  preferredParkIds?: string[] | null;

  @Field({ nullable: true, description: 'Project summary.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  summary?: string;

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

  @Field(() => Float, { nullable: true, description: 'Tonnes of coal equivalent a year.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1e9)
  energyTce?: number | null;

  @Field(() => PollutionCategory, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(PollutionCategory))
  pollutionCategory?: PollutionCategory | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Infrastructure the project needs, as park infrastructure codes (POWER_DUAL_SUPPLY, GAS, …).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(INFRASTRUCTURE_TAG_CODES.length)
  @IsIn(INFRASTRUCTURE_TAG_CODES, { each: true })
  infrastructureNeeds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(ISO_DAY, dayMessage('desiredMoveIn'))
  desiredMoveIn?: string | null;

  @Field({ nullable: true, defaultValue: false, description: 'Keep as a DRAFT instead of submitting.' })
  @IsOptional()
  @IsBoolean()
  draft?: boolean;
}
