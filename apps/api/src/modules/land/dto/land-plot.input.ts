import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
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
import { dayMessage, ISO_DAY } from '../../../core/graphql/iso-day.js';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { DisposalRoute, LandPlotStatus } from '../land-plot.enums.js';

/** The fields of a plot every form sets (holder, planned route, location, note). */
@InputType({ isAbstract: true })
abstract class LandPlotCommonInput {
  @Field(() => ID, { nullable: true, description: 'The holder, an enterprise on the platform; or give holderName.' })
  @IsOptional()
  @IsUUID()
  holderEnterpriseId?: string | null;

  @Field(() => String, { nullable: true, description: 'The holder’s name when it is not on the platform.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  holderName?: string | null;

  @Field(() => DisposalRoute, { nullable: true, description: 'The planned disposal route.' })
  @IsOptional()
  @IsEnum(DisposalRoute)
  disposalRoute?: DisposalRoute | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Longitude (WGS-84), 73–135 like a park’s; give lat with it, or null both to clear.',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(73)
  @Max(135)
  lng?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Latitude (WGS-84), 18–54 like a park’s; give lng with it, or null both to clear.',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(18)
  @Max(54)
  lat?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

/** A new plot: in use or idle (with the date it has been idle since; today by default). */
@InputType()
export class LandPlotInput extends LandPlotCommonInput {
  @Field({ description: 'The plot number (地块编号), unique.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  code: string;

  @Field(() => ID)
  @IsUUID()
  parkId: string;

  @Field(() => Float, { description: 'Area in mu (亩), more than 0.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.0001)
  @Max(1_000_000)
  areaMu: number;

  @Field(() => LandPlotStatus, { defaultValue: LandPlotStatus.IDLE, description: 'IN_USE or IDLE.' })
  @IsEnum(LandPlotStatus)
  status: LandPlotStatus = LandPlotStatus.IDLE;

  @Field(() => String, { nullable: true, description: 'Idle since (YYYY-MM-DD), for an idle plot; today by default.' })
  @IsOptional()
  @Matches(ISO_DAY, dayMessage('idleSince'))
  idleSince?: string | null;
}

/** A change of a plot's fields; area and park only until it is recovered. Absent fields stay. */
@InputType()
export class UpdateLandPlotInput extends LandPlotCommonInput {
  @Field(() => String, { nullable: true, description: 'The plot number (地块编号), unique.' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  code?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  parkId?: string;

  @Field(() => Float, { nullable: true, description: 'Area in mu (亩), more than 0.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.0001)
  @Max(1_000_000)
  areaMu?: number;
}

/** A step of a plot: the next status, on a date (today by default), with what the step needs. */
@InputType()
export class MoveLandPlotInput {
  @Field(() => LandPlotStatus)
  @IsEnum(LandPlotStatus)
  status: LandPlotStatus;

  @Field(() => String, { nullable: true, description: 'The date of the step (YYYY-MM-DD); today by default.' })
  @IsOptional()
  @Matches(ISO_DAY, dayMessage('on'))
  on?: string | null;

  @Field(() => DisposalRoute, { nullable: true, description: 'Required to start a recovery.' })
  @IsOptional()
  @IsEnum(DisposalRoute)
  disposalRoute?: DisposalRoute | null;

  @Field(() => ID, { nullable: true, description: 'The enterprise a recovered plot is reassigned to.' })
  @IsOptional()
  @IsUUID()
  enterpriseId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

@InputType()
export class LandPlotFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  parkId?: string | null;

  @Field(() => LandPlotStatus, { nullable: true })
  @IsOptional()
  @IsEnum(LandPlotStatus)
  status?: LandPlotStatus | null;

  @Field(() => DisposalRoute, { nullable: true })
  @IsOptional()
  @IsEnum(DisposalRoute)
  disposalRoute?: DisposalRoute | null;

  @Field(() => [LandPlotStatus], {
    nullable: true,
    description: 'Any of these statuses (with status: both apply), e.g. IDLE and UNDER_RECOVERY for the idle plots.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsEnum(LandPlotStatus, { each: true })
  statuses?: LandPlotStatus[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: plots recovered (a recovery date: recovered, or reassigned since); false: the others.',
  })
  @IsOptional()
  @IsBoolean()
  recovered?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'false: real plots only; true: demo (sample) plots only.' })
  @IsOptional()
  @IsBoolean()
  sample?: boolean | null;
}

@ArgsType()
export class LandPlotConnectionArgs extends PageArgs {
  @Field(() => LandPlotFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LandPlotFilter)
  filter?: LandPlotFilter;
}

@ArgsType()
export class IdleLandSeriesArgs {
  @Field(() => ID, { nullable: true, description: 'One park; every park with plots when absent.' })
  @IsOptional()
  @IsUUID()
  parkId?: string | null;

  @Field(() => Int, { defaultValue: 24, description: 'Months back from this month, 1–120.' })
  @IsInt()
  @Min(1)
  @Max(120)
  months: number = 24;
}
