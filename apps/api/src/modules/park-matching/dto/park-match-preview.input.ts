import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { INFRASTRUCTURE_TAG_CODES } from '#plan-data';
import { ArrayMaxSize, IsArray, IsEnum, IsIn, IsNumber, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { ApplicationKind } from '../../applications/application.enums.js';
import { PollutionCategory } from '../../parks/park.enums.js';

@InputType({ description: 'What a project needs, as the application wizard knows it before submitting.' })
export class ParkMatchPreviewInput {
  @Field(() => ApplicationKind)
  @IsEnum(ApplicationKind)
  kind: ApplicationKind;

  @Field(() => Float, { nullable: true, description: 'Land needed, mu (亩); for LAND.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100_000)
  landMu?: number | null;

  @Field(() => Float, { nullable: true, description: 'Floor space needed, m²; for the other kinds.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(10_000_000)
  floorSqm?: number | null;

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

  @Field(() => [String], { nullable: true, description: 'Park infrastructure codes (POWER_DUAL_SUPPLY, GAS, …).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(INFRASTRUCTURE_TAG_CODES.length)
  @IsIn(INFRASTRUCTURE_TAG_CODES, { each: true })
  infrastructureNeeds?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description: "Whose profile facts to match with: staff name any enterprise; an enterprise's user always its own.",
  })
  @IsOptional()
  @IsUUID()
  enterpriseId?: string | null;
}
