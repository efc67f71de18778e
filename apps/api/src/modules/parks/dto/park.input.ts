import { Field, Float, InputType, PartialType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { IsCode } from '../../../core/errors/is-code.decorator.js';
import { CooperationModel, ParkKind, ParkLevel, PollutionCategory, Tier } from '../park.enums.js';

/** Far above any park of the zone, far below what breaks arithmetic (1e308 was accepted). */
export const PARK_LIMITS = { landMu: 1_000_000, floorSqm: 100_000_000, energyTce: 100_000_000 };

@InputType()
export class CreateParkInput {
  @Field()
  @Matches(/^[A-Z][A-Z0-9_]{1,63}$/, { message: 'code must be upper-case letters, digits and _' })
  code: string;

  @Field()
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  name: string;

  @Field()
  @IsString()
  @MinLength(2)
  @MaxLength(150)
  nameEn: string;

  @Field(() => ParkKind)
  @IsIn(Object.values(ParkKind))
  kind: ParkKind;

  @Field(() => ParkLevel, { defaultValue: 'DISTRICT' })
  @IsIn(Object.values(ParkLevel))
  level: ParkLevel;

  @Field(() => String, { nullable: true, description: 'Code of the park this one belongs to.' })
  @IsOptional()
  @IsString()
  @IsCode()
  @MaxLength(64)
  parentCode?: string | null;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(2000)
  positioning: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(2000)
  positioningEn: string;

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsCode({ each: true })
  @MaxLength(64, { each: true })
  targetIndustries: string[];

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsCode({ each: true })
  @MaxLength(64, { each: true })
  forbiddenIndustries: string[];

  @Field({ defaultValue: true })
  @IsBoolean()
  forbidsThreeHigh: boolean;

  @Field(() => PollutionCategory, { defaultValue: 'MEDIUM' })
  @IsIn(Object.values(PollutionCategory))
  maxPollution: PollutionCategory;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(PARK_LIMITS.energyTce)
  maxEnergyTce?: number | null;

  @Field(() => Float, { defaultValue: 0 })
  @IsNumber()
  @Min(0)
  @Max(PARK_LIMITS.landMu)
  totalLandMu: number;

  @Field(() => Float, { defaultValue: 0 })
  @IsNumber()
  @Min(0)
  @Max(PARK_LIMITS.landMu)
  freeLandMu: number;

  @Field(() => Float, { defaultValue: 0 })
  @IsNumber()
  @Min(0)
  @Max(PARK_LIMITS.floorSqm)
  totalFloorSqm: number;

  @Field(() => Float, { defaultValue: 0 })
  @IsNumber()
  @Min(0)
  @Max(PARK_LIMITS.floorSqm)
  freeFloorSqm: number;

  @Field(() => [Tier], { defaultValue: [] })
  @IsArray()
  @IsIn(Object.values(Tier), { each: true })
  servedTiers: Tier[];

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(100, { each: true })
  infrastructure: string[];

  @Field(() => String, { nullable: true, description: 'Enclave parks: the partner region (飞地合作方).' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  enclavePartner?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(150)
  enclavePartnerEn?: string | null;

  @Field(() => [CooperationModel], {
    nullable: true,
    description: 'Enclave parks: 区域托管 and/or 税收分成; absent or null = none.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2)
  @IsIn(Object.values(CooperationModel), { each: true })
  cooperationModels?: CooperationModel[] | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Enclave parks: percent (0–100) of the tax of firms placed there that the district keeps.',
  })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  districtTaxSharePercent?: number | null;

  @Field(() => Float)
  @IsNumber()
  @Min(73)
  @Max(135)
  lng: number;

  @Field(() => Float)
  @IsNumber()
  @Min(18)
  @Max(54)
  lat: number;
}

/**
 * No defaults on update: an absent field keeps its value. An explicit null is checked like any
 * value (skipNullProperties: false), so null for a required column is refused naming the field;
 * the fields that may be null (parentCode, maxEnergyTce) say so themselves with @IsOptional.
 */
@InputType()
export class UpdateParkInput extends PartialType(CreateParkInput, {
  omitDefaultValues: true,
  skipNullProperties: false,
}) {
  @Field(() => String, {
    nullable: true,
    description:
      'Why free land or free floor space changes by hand: required when either does (kept in the space history).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  freeSpaceReason?: string | null;
}
