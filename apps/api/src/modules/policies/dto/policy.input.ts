import { Field, Float, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { GraphQLJSON } from 'graphql-type-json';
import { Tier } from '../../parks/park.enums.js';
import { Outcome, PolicyKind } from '../policy.enums.js';
import { dayMessage, ISO_DAY } from '../../../core/graphql/iso-day.js';

@InputType()
export class PolicyTestCaseInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @Field(() => GraphQLJSON, { description: 'Stored facts (not derived ones); a fact left out or null is missing.' })
  @IsDefined()
  facts: Record<string, unknown>;

  @Field(() => Outcome)
  @IsIn(Object.values(Outcome))
  expectedOutcome: Outcome;

  @Field(() => Float, { nullable: true, description: 'Yuan; null = not checked.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  expectedBenefit?: number | null;

  @Field(() => String, { nullable: true, description: "'YYYY-MM-DD'; default the policy's effectiveFrom, else today." })
  @IsOptional()
  @Matches(ISO_DAY, dayMessage('asOf'))
  asOf?: string | null;
}

/**
 * A whole policy version: create and update both take every field (an absent optional one is cleared).
 * Fields with a default are nullable: the editor may send null for "the default" (an omitted field
 * gets its default from core/graphql/input-defaults.ts, before graphql-jit runs).
 */
@InputType()
export class PolicyInput {
  @Field({ description: 'Upper-case letters, digits and _; the same for every version of a policy.' })
  @Matches(/^[A-Z][A-Z0-9_]{1,63}$/, { message: 'code must be upper-case letters, digits and _' })
  code: string;

  @Field()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  title: string;

  @Field(() => String, {
    nullable: true,
    defaultValue: '',
    description: 'Optional: without one, English pages show the Chinese title.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  titleEn?: string | null;

  @Field(() => String, { nullable: true, defaultValue: '' })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  summary?: string | null;

  @Field(() => String, { nullable: true, defaultValue: '' })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  summaryEn?: string | null;

  @Field(() => String, { nullable: true, defaultValue: '' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  issuingDepartment?: string | null;

  @Field(() => String, { nullable: true, defaultValue: '', description: '发文字号' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  documentNumber?: string | null;

  @Field(() => String, { nullable: true, defaultValue: '' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @Matches(/^(https?:\/\/\S+)?$/, { message: 'sourceUrl must be an http(s) address' })
  sourceUrl?: string | null;

  @Field(() => PolicyKind)
  @IsIn(Object.values(PolicyKind))
  kind: PolicyKind;

  @Field(() => [String], { nullable: true, defaultValue: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  targetIndustries?: string[] | null;

  @Field(() => [Tier], { nullable: true, defaultValue: [] })
  @IsOptional()
  @IsArray()
  @IsIn(Object.values(Tier), { each: true })
  targetTiers?: Tier[] | null;

  @Field(() => [String], { nullable: true, defaultValue: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  targetParks?: string[] | null;

  @Field(() => GraphQLJSON, { description: 'JsonLogic over the fact vocabulary, giving true or false.' })
  @IsDefined()
  criteria: unknown;

  @Field(() => GraphQLJSON, {
    defaultValue: 0,
    description: 'JsonLogic giving yuan; 0 when the policy pays no estimable amount.',
  })
  @IsDefined()
  benefitFormula: unknown;

  @Field(() => Float, { nullable: true, description: 'Cap in yuan; null = no cap.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  maxBenefit?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Z][A-Z0-9_]{1,63}$/, { message: 'stackingGroup must be upper-case letters, digits and _' })
  stackingGroup?: string | null;

  @Field(() => String, { nullable: true, description: "'YYYY-MM-DD'" })
  @IsOptional()
  @Matches(ISO_DAY, dayMessage('applicationDeadline'))
  applicationDeadline?: string | null;

  @Field(() => String, { nullable: true, description: "'YYYY-MM-DD'" })
  @IsOptional()
  @Matches(ISO_DAY, dayMessage('effectiveFrom'))
  effectiveFrom?: string | null;

  @Field(() => String, { nullable: true, description: "'YYYY-MM-DD'" })
  @IsOptional()
  @Matches(ISO_DAY, dayMessage('effectiveTo'))
  effectiveTo?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Thresholds and amounts are illustrations, not the real policy.',
  })
  @IsOptional()
  @IsBoolean()
  isExample?: boolean | null;

  @Field(() => [PolicyTestCaseInput], { nullable: true, defaultValue: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => PolicyTestCaseInput)
  testCases?: PolicyTestCaseInput[] | null;
}
