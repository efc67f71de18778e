import { Field, Float, InputType, PartialType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { ParkKind, ParkLevel, PollutionCategory, Tier } from '../park.enums.js';

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
  targetIndustries: string[];

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
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
  maxEnergyTce?: number | null;

  @Field(() => Float, { defaultValue: 0 })
  @IsNumber()
  @Min(0)
  totalLandMu: number;

  @Field(() => Float, { defaultValue: 0 })
  @IsNumber()
  @Min(0)
  freeLandMu: number;

  @Field(() => Float, { defaultValue: 0 })
  @IsNumber()
  @Min(0)
  totalFloorSqm: number;

  @Field(() => Float, { defaultValue: 0 })
  @IsNumber()
  @Min(0)
  freeFloorSqm: number;

  @Field(() => [Tier], { defaultValue: [] })
  @IsArray()
  @IsIn(Object.values(Tier), { each: true })
  servedTiers: Tier[];

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  infrastructure: string[];

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

@InputType()
// No defaults on update: an absent field keeps its value.
export class UpdateParkInput extends PartialType(CreateParkInput, { omitDefaultValues: true }) {}
