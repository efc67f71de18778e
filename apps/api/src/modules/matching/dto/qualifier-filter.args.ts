import { ArgsType, Field } from '@nestjs/graphql';
import { FACT_NAMES } from '#matching';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { Outcome } from '../../policies/policy.enums.js';
import { Tier } from '../../parks/park.enums.js';

/** 'true' / 'false' of a URL query (the export route) as booleans; GraphQL booleans pass through. */
const queryBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

/**
 * Which enterprises of a policy's match list: the same arguments for the GraphQL list
 * (`policyQualifiers`) and its .xlsx export (`GET /exports/policies/:id/qualifiers.xlsx?…`).
 */
@ArgsType()
export class QualifierFilterArgs {
  @Field(() => Outcome, { nullable: true, description: 'Only this outcome; default every outcome.' })
  @IsOptional()
  @IsIn(Object.values(Outcome))
  outcome?: Outcome;

  @Field({ nullable: true, description: 'Only near misses: INELIGIBLE for one or two numeric conditions.' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  nearMiss?: boolean;

  @Field({ nullable: true, description: "The enterprise's industry (Industry.code)." })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  industryCode?: string;

  @Field({ nullable: true, description: 'The park the enterprise is in (Park.code).' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  parkCode?: string;

  @Field(() => Tier, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(Tier))
  tier?: Tier;

  @Field({ nullable: true, description: 'Only rows with a gap on this fact (near misses: the condition they fail).' })
  @IsOptional()
  @IsIn(FACT_NAMES)
  gapFact?: string;

  @Field({ nullable: true, description: 'Substring of the enterprise name (Chinese included) or USCC prefix.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}
