import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { IsCode } from '../../../core/errors/is-code.decorator.js';
import { PollutionCategory, Tier } from '../../parks/park.enums.js';
import { Ownership } from '../enterprise.enums.js';
import { dayMessage, ISO_DAY } from '../../../core/graphql/iso-day.js';

/**
 * The profile's fields; the facts carry the vocabulary's names. An absent field keeps its value,
 * `null` clears it (back to "not entered"). Rules across fields and the taxonomy are checked by
 * the service (enterprise-profile.ts).
 */
@InputType()
export class EnterpriseProfileInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  contactPhone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(ISO_DAY, dayMessage('registeredAt'))
  registeredAt?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  employees?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  techStaff?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  revenue?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  rdExpense?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  revenue3y?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  rdExpense3y?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  highTechRevenue?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  totalAssets?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  inventionPatents?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  otherIp?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  taxPaid?: number | null;

  @Field(() => String, { nullable: true, description: 'Industry code.' })
  @IsOptional()
  @IsString()
  @IsCode()
  @MaxLength(64)
  industry?: string | null;

  @Field(() => String, { nullable: true, description: 'Chain segment code, of the industry above.' })
  @IsOptional()
  @IsString()
  @IsCode()
  @MaxLength(96)
  chainSegment?: string | null;

  @Field(() => Tier, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(Tier))
  tier?: Tier | null;

  @Field(() => Ownership, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(Ownership))
  ownership?: Ownership | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  isHighTechCertified?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  inZone?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Park code.' })
  @IsOptional()
  @IsString()
  @IsCode()
  @MaxLength(64)
  parkCode?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0)
  energyTce?: number | null;

  @Field(() => PollutionCategory, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(PollutionCategory))
  pollutionCategory?: PollutionCategory | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  seriousDishonesty?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  majorIncidentLastYear?: boolean | null;
}
