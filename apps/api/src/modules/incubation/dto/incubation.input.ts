import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
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
import { StayStatus } from '../incubation.enums.js';

/** An enterprise enters a carrier: who, where, the seats or floor space, and when (today by default). */
@InputType()
export class IncubationEntryInput {
  @Field(() => ID, { description: 'The carrier (众创空间, 孵化器, 加速器 or an offshore incubator).' })
  @IsUUID()
  parkId: string;

  @Field(() => ID, { nullable: true, description: 'The enterprise; required in the district.' })
  @IsOptional()
  @IsUUID()
  enterpriseId?: string | null;

  @Field(() => String, { nullable: true, description: 'An offshore tenant not on the platform: its name.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  companyName?: string | null;

  @Field(() => String, { nullable: true, description: 'An offshore tenant: its 统一社会信用代码, if known.' })
  @IsOptional()
  @Matches(/^[0-9A-Z]{18}$/, { message: 'uscc must be 18 characters, digits and capital letters' })
  uscc?: string | null;

  @Field(() => String, { nullable: true, description: 'An offshore tenant: its industry code, if known.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  industryCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'Seats (工位); give seats, floor space or both.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  seats?: number | null;

  @Field(() => Float, { nullable: true, description: 'Floor space, m².' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.01)
  @Max(1_000_000)
  floorSqm?: number | null;

  @Field(() => String, { nullable: true, description: 'Entered on (YYYY-MM-DD); today by default.' })
  @IsOptional()
  @Matches(ISO_DAY, dayMessage('enteredOn'))
  enteredOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

/**
 * A correction of a recorded stay: its seats, floor space, entry date or note. An absent field stays
 * as it is; null clears seats or floor space (one of them must remain).
 */
@InputType()
export class IncubationStayUpdateInput {
  @Field(() => Int, { nullable: true, description: 'Seats (工位), 1–10000; null clears them.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  seats?: number | null;

  @Field(() => Float, { nullable: true, description: 'Floor space, m², up to 1000000; null clears it.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.01)
  @Max(1_000_000)
  floorSqm?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Entered on (YYYY-MM-DD); not in the future nor after the graduation or leaving date.',
  })
  @IsOptional()
  @Matches(ISO_DAY, dayMessage('enteredOn'))
  enteredOn?: string | null;

  @Field(() => String, { nullable: true, description: 'The note; an empty text clears it.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

/** The end of a stay: graduation (with the next rung's park, if chosen) or leaving, on a date. */
@InputType()
export class IncubationExitInput {
  @Field(() => String, { nullable: true, description: 'The date (YYYY-MM-DD); today by default.' })
  @IsOptional()
  @Matches(ISO_DAY, dayMessage('on'))
  on?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Graduation: the park of the next rung to apply to; suitable ones are suggested when absent.',
  })
  @IsOptional()
  @IsUUID()
  nextParkId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  note?: string | null;
}

@InputType()
export class IncubationStayFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  parkId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Staff: one enterprise’s stays (an enterprise sees its own).' })
  @IsOptional()
  @IsUUID()
  enterpriseId?: string | null;

  @Field(() => StayStatus, { nullable: true })
  @IsOptional()
  @IsEnum(StayStatus)
  status?: StayStatus | null;
}

@ArgsType()
export class IncubationStayConnectionArgs extends PageArgs {
  @Field(() => IncubationStayFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => IncubationStayFilter)
  filter?: IncubationStayFilter;
}

@ArgsType()
export class OccupancyArgs {
  @Field(() => Int, { defaultValue: 12, description: 'Months back from this month, 1–60.' })
  @IsInt()
  @Min(1)
  @Max(60)
  months: number = 12;
}
